package dev.itss.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The checks every input file gets before it is opened, so that a wrong path is reported as bad
 * input (exit code 2 on the command line) and not as an internal error.
 *
 * <pre>{@code
 * InputFiles.requireReadableFile(Path.of("tickets.csv"));   // throws InvalidInputException naming the file
 * }</pre>
 */
public final class InputFiles {
    private InputFiles() {}

    /**
     * Checks that {@code file} exists, is a regular file (not a directory, pipe or device) and can be read.
     *
     * @throws InvalidInputException naming the file and what is wrong with it
     */
    public static void requireReadableFile(Path file) {
        String problem = null;
        if (!Files.exists(file)) {
            problem = "file not found";
        } else if (Files.isDirectory(file)) {
            problem = "is a directory; expected a file";
        } else if (!Files.isRegularFile(file)) {
            problem = "is not a regular file (a pipe, socket or device would be read for ever); expected a file";
        } else if (!Files.isReadable(file)) {
            problem = "cannot be read (permission denied)";
        }
        if (problem != null) {
            throw new InvalidInputException(List.of(InputProblem.at(file.toString(), "", problem)));
        }
    }

    /**
     * Checks that {@code file} is a readable regular file of at most {@code maxBytes}, before
     * anything of it is read.
     *
     * @param what what the file is, for the message, e.g. "a tickets export"
     * @throws InvalidInputException naming the file, its size and the limit
     */
    public static void requireReadableFile(Path file, long maxBytes, String what) {
        requireReadableFile(file);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InvalidInputException(List.of(InputProblem.at(file.toString(), "", "is " + size + " bytes; the limit for " + what
                        + " is " + maxBytes + " bytes")));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }
}

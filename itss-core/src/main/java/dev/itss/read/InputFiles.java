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
     * The problem of a file that is not UTF-8, placed at its first byte that is not: line, column
     * (in characters), the byte and its offset.
     *
     * <pre>{@code
     * InputFiles.notUtf8(Path.of("s.yaml"))   // s.yaml:3:12: is not UTF-8 text: byte 0xFF at offset 57; save the file as UTF-8
     * }</pre>
     */
    public static InputProblem notUtf8(Path file) {
        try {
            return notUtf8(file.toString(), Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The same, for bytes already read from a source. */
    public static InputProblem notUtf8(String source, byte[] bytes) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT).onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        int offset = result.isError() ? in.position() : bytes.length;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, offset - lineStart, java.nio.charset.StandardCharsets.UTF_8).length() + 1;
        String message = "is not UTF-8 text: byte 0x" + String.format("%02X", bytes[Math.min(offset, bytes.length - 1)] & 0xFF) + " at offset " + offset
                + "; save the file as UTF-8";
        return new InputProblem(source, java.util.Optional.of(line), java.util.Optional.of(column), "", message);
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

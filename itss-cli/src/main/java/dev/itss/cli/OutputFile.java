package dev.itss.cli;

import dev.itss.internal.Escape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --output FILE}: where a command's report goes, the standard output by default. The file
 * gets the same bytes the terminal would (UTF-8, input control characters escaped), written
 * whole: a failed run leaves no half file. ({@code itss plan --output} is the plan file itself.)
 */
final class OutputFile {
    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (UTF-8) instead of the standard output.")
    Path file;

    /** Prints the rendered report on the command's output or into the file; returns the success exit code. */
    int print(CommandSpec spec, String rendered) {
        if (file == null) {
            return toTerminal(spec, rendered);
        }
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
            throw new IllegalArgumentException("--output " + file + ": the folder " + absolute.getParent() + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("--output " + file + " is a folder; expected a file to write the report to");
        }
        try {
            Path temporary = Files.createTempFile(absolute.getParent(), ".itss-", ".tmp");
            Files.writeString(temporary, Escape.keepingLines(rendered), StandardCharsets.UTF_8);
            Files.move(temporary, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalArgumentException("--output " + file + ": cannot write it (" + e.getMessage() + ")");
        }
        return ItssCommand.OK;
    }

    /** Prints the rendered report on the command's output (escaped by {@link EscapingWriter}); returns the success exit code. */
    static int toTerminal(CommandSpec spec, String rendered) {
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
        return ItssCommand.OK;
    }
}

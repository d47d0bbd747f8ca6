package dev.itss.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, for progress lines. Java 17 can only ask whether the
 * process has a console ({@link System#console()}: stdin and stdout are terminals), which is
 * false as soon as the output is redirected ({@code itss kpi ... > kpis.json}) though stderr is
 * still on the screen. On Linux the link {@code /proc/self/fd/2} names what stderr is; elsewhere
 * the console stands in for it.
 */
final class Terminal {
    private static final Path STDERR = Path.of("/proc/self/fd/2");

    private Terminal() {}

    static boolean isStderrTerminal() {
        if (Files.isSymbolicLink(STDERR)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(STDERR).toString());
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return System.console() != null;
            }
        }
        return System.console() != null;
    }

    /** True for the device names of terminals: pseudo-terminals ({@code /dev/pts/3}) and consoles ({@code /dev/tty1}). */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}

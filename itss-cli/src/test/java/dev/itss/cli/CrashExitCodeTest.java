package dev.itss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash is exit 3 with one line, never exit 1 (the code of --fail-on, which a CI job reads as
 * "findings found"): a JVM given too little heap to build the rule base runs out of memory.
 */
class CrashExitCodeTest {

    @Test
    void runningOutOfMemoryIsExitThreeWithOneLine(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("err.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx8m", "-cp",
                System.getProperty("java.class.path"), ItssCommand.class.getName(), "demo")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isEqualTo(ItssCommand.INTERNAL_ERROR);
        assertThat(err.lines().filter(l -> !l.isBlank()).toList()).as(err).hasSize(1).first().asString()
                .startsWith("internal error: out of memory");
    }
}

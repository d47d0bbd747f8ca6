package dev.itss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same bytes out, in every format and language, from one JVM to the next: iteration
 * orders that a JVM picks at start (the hash salt of {@code Map.of} and {@code Set.of}) must not
 * reach an output. Two fresh JVMs run every report command; their outputs must be identical.
 */
class SameBytesTest {
    private static final String HOSPITAL = "../itss-examples/src/main/resources/dev/itss/examples/hospital";

    /** The command lines whose outputs are compared; one JVM runs them all. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("demo"), List.of("demo", "--format", "json"), List.of("demo", "--lang", "zh-CN"), List.of("demo", "--org", "logistics", "--format", "json"),
            List.of("demo", "--cycle", "--format", "json"), List.of("demo", "--cycle", "--lang", "zh-CN"),
            List.of("review", "--level", "quarterly", "--history", HOSPITAL, "--format", "json"),
            List.of("review", "--level", "ad-hoc", "--history", HOSPITAL, "--lang", "zh-CN"),
            List.of("review", "--level", "annual", "--history", HOSPITAL, "--format", "json"),
            List.of("plan", "--snapshot", HOSPITAL + "/snapshot.yaml", "--format", "json"),
            List.of("verify", "--plan", HOSPITAL + "/history/2026-Q2/plan.yaml", "--snapshot", HOSPITAL + "/snapshot.yaml", "--format", "json"),
            List.of("kpi", "--records", HOSPITAL + "/records/tickets.csv", "--mapping", "canonical", "--group-by", "assignee", "--format", "json"),
            List.of("kpi", "--records", HOSPITAL + "/records/knowledge.csv", "--mapping", "knowledge", "--format", "json"),
            List.of("rules", "list", "--format", "json"), List.of("metrics", "list", "--format", "json"), List.of("policy", "init"),
            List.of("demo", "--format", "html"), List.of("demo", "--format", "markdown", "--lang", "zh-CN"),
            List.of("review", "--level", "monthly", "--history", HOSPITAL, "--format", "html", "--lang", "zh-CN"),
            List.of("verify", "--plan", HOSPITAL + "/history/2026-Q2/plan.yaml", "--snapshot", HOSPITAL + "/snapshot.yaml", "--format", "markdown"));

    /** Runs every command of {@link #COMMANDS} and writes their outputs, one after the other, to the file given. */
    public static void main(String[] args) throws IOException {
        StringBuilder all = new StringBuilder();
        for (List<String> command : COMMANDS) {
            ItssCommandTest.Run run = ItssCommandTest.run(command.toArray(String[]::new));
            all.append("### ").append(String.join(" ", command)).append(" -> ").append(run.exitCode()).append('\n').append(run.out()).append(run.err());
        }
        Files.writeString(Path.of(args[0]), all, StandardCharsets.UTF_8);
    }

    @Test
    void twoJvmsGiveTheSameBytes(@TempDir Path dir) throws Exception {
        List<byte[]> outputs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path file = dir.resolve("run" + i + ".txt");
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), SameBytesTest.class.getName(), file.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("jvm" + i + ".log").toFile()).start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("run %d finished", i).isTrue();
            assertThat(process.exitValue()).as("run %d: %s", i, Files.readString(dir.resolve("jvm" + i + ".log"))).isZero();
            outputs.add(Files.readAllBytes(file));
        }
        String first = new String(outputs.get(0), StandardCharsets.UTF_8);
        for (List<String> command : COMMANDS) {
            assertThat(first).contains("### " + String.join(" ", command) + " -> 0\n");
        }
        assertThat(new String(outputs.get(1), StandardCharsets.UTF_8)).isEqualTo(first);
    }
}

package dev.itss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar that holds everything ({@code itss-cli-all.jar}), copied alone into a folder of
 * its own, so that nothing beside it (target/lib) can help: its rule base is the whole built-in one,
 * a pack compiles at run time, and the demo reports findings in every element.
 */
class ShadedJarIT {
    private static final Path JAR = Path.of("target", "itss-cli-all.jar");

    private static String run(Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                folder.resolve("itss.jar").toString()));
        command.addAll(List.of(args));
        Path log = folder.resolve("run.log");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void theJarAloneHoldsTheRuleBaseAndRuns(@TempDir Path folder) throws Exception {
        assertThat(JAR).as("mvn package builds it").exists();
        Files.copy(JAR, folder.resolve("itss.jar"));
        String rules = run(folder, "rules", "list");
        long count = rules.lines().filter(l -> l.matches("(PPL|RES|TEC|PRC|SUP)-\\d{3} .*")).count();
        assertThat(count).as("rules in the built-in rule base").isGreaterThan(70);
        String demo = run(folder, "demo");
        assertThat(demo).contains("== People", "== Resources", "== Technology", "== Process", "[HIGH] RES-001");
        // a pack's DRL compiles at run time inside the jar (the merged service files)
        Path pack = Path.of("../itss-examples/src/main/resources/dev/itss/examples/packs/hospital-desk").toAbsolutePath();
        String checked = run(folder, "rules", "check", pack.toString());
        assertThat(checked).containsIgnoringCase("ok");
    }
}

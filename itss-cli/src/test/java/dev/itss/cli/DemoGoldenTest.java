package dev.itss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo reports, word for word. When a change to rules, texts or layout is intended, regenerate
 * with {@code mvn -pl itss-cli test -Dtest=DemoGoldenTest -Ditss.updateGolden=true} and review the diff.
 */
class DemoGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @CsvSource({"hospital,en,text", "hospital,zh-CN,text", "logistics,en,text", "hospital,en,markdown", "hospital,zh-CN,markdown", "hospital,en,json"})
    void demoReportMatchesItsGoldenFile(String org, String lang, String format) throws IOException {
        ItssCommandTest.Run run = ItssCommandTest.run("demo", "--org", org, "--lang", lang, "--format", format);
        assertThat(run.exitCode()).isZero();
        Path golden = GOLDEN.resolve("demo-" + org + "-" + lang + "." + (format.equals("markdown") ? "md" : format));
        if (Boolean.getBoolean("itss.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(run.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** The README quotes the demo report; every line it quotes is a line of the report, so the quotes do not go stale. */
    @org.junit.jupiter.api.Test
    void theHospitalReportOpensWithTheCrossElementFindingsAndStaysShort() throws IOException {
        java.util.List<String> report = Files.readAllLines(GOLDEN.resolve("demo-hospital-en.text"), StandardCharsets.UTF_8);
        // the first page: what to act on first (a cross-element finding leads) and the plan's top actions, read in a minute
        assertThat(report.get(4)).startsWith("== Act first");
        assertThat(report.get(6)).contains("PPL-010");
        int details = report.indexOf(report.stream().filter(l -> l.startsWith("== Across elements")).findFirst().orElseThrow());
        assertThat(details).isLessThan(70);
        // the details: 640 lines before the domain-depth work; the story is told in fewer, not more
        assertThat(report.size() - details).isLessThan(660);
        int people = report.indexOf(report.stream().filter(l -> l.startsWith("== People")).findFirst().orElseThrow());
        assertThat(report.subList(details, people)).anyMatch(l -> l.contains("PPL-010")).anyMatch(l -> l.contains("PPL-014")).anyMatch(l -> l.contains("RES-022"));
    }

    @Test
    void theReadmeQuotesTheDemoAsItIs() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## What the demo shows"), readme.indexOf("## Command line"));
        java.util.List<String> quoted = new java.util.ArrayList<>();
        boolean inBlock = false;
        for (String line : section.split("\n")) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            } else if (inBlock && !line.isBlank()) {
                quoted.add(line);
            }
        }
        assertThat(quoted).isNotEmpty();
        java.util.List<String> report = java.util.List.of(Files.readString(GOLDEN.resolve("demo-hospital-en.text"), StandardCharsets.UTF_8).split("\n"));
        assertThat(report).containsAll(quoted);
    }
}

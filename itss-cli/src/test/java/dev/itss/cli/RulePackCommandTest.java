package dev.itss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itss demo --rules DIR} and {@code itss rules check DIR}, as the "done when" states them. */
class RulePackCommandTest {
    static final Path PACK = Path.of("../itss-examples/src/main/resources/dev/itss/examples/packs/hospital-desk");
    static final String META = "  @id(\"%s\") @element(\"PEOPLE\") @severity(\"LOW\") @domain(\"P-P-01\") @lifecycle(\"L-3\")\n";

    @Test
    void demoWithTheExamplePackShowsItsAddedRulesItsOverrideAndItsDisable() {
        ItssCommandTest.Run plain = ItssCommandTest.run("demo");
        ItssCommandTest.Run packed = ItssCommandTest.run("demo", "--rules", PACK.toString());
        assertThat(packed.exitCode()).as(packed.err()).isZero();
        assertThat(packed.out())
                .contains("[MEDIUM] HSP-001 Engineer holds none of the post's skills (1)")
                .contains("[HIGH] HSP-003 Post works overtime together (2)")
                .contains("[LOW] PPL-006 Staffed post's responsibilities outdated (5)")
                .contains("HSP-002 Missed callers not called back")
                .doesNotContain("RES-011");
        assertThat(plain.out()).contains("RES-011 Calls take long to resolve").contains("PPL-006 Post responsibilities outdated").doesNotContain("HSP-");
    }

    @Test
    void rulesCheckOfTheExamplePackIsClean() {
        ItssCommandTest.Run run = ItssCommandTest.run("rules", "check", PACK.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ok (7 files)").contains("adds [HSP-001, HSP-002, HSP-003]; disables [RES-011]");
    }

    @Test
    void rulesCheckReportsSyntaxErrorsInTwoFilesAndAnUnknownFieldInAThirdEachWithFileLineAndRule(@TempDir Path dir) throws Exception {
        String header = "package x;\nimport dev.itss.model.Post;\n";
        Files.writeString(dir.resolve("a.drl"), header + "rule \"TST-001 a\"\n" + META.formatted("TST-001") + "when\n  Post( requiredHeadcount > 1\nthen\nend\n");
        Files.writeString(dir.resolve("b.drl"), header + "rule \"TST-002 b\"\n" + META.formatted("TST-002") + "when\n  Post( , )\nthen\nend\n");
        Files.writeString(dir.resolve("c.drl"), header + "rule \"TST-003 c\"\n" + META.formatted("TST-003") + "when\n  Post( requiredHedcount > 1 )\nthen\nend\n");
        ItssCommandTest.Run run = ItssCommandTest.run("rules", "check", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .containsPattern("a\\.drl:6: rule \"TST-001 a\": syntax error")
                .containsPattern("b\\.drl:6: rule \"TST-002 b\": syntax error")
                .contains("c.drl:6: rule TST-003: unknown field 'requiredHedcount' of Post; did you mean 'requiredHeadcount'?")
                .doesNotContain("\tat ");
    }

    @Test
    void rulesCheckRefusesFileAccessAndProcessesWithTheReason(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("evil.drl"), "package x;\nimport dev.itss.model.Post;\nimport java.io.File;\nrule \"TST-001 a\"\n"
                + META.formatted("TST-001") + "when\n  $p : Post( )\nthen\n  Runtime.getRuntime().exec(\"ls\");\nend\n");
        ItssCommandTest.Run run = ItssCommandTest.run("rules", "check", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("evil.drl:3: refused: 'java.io' reaches the file system")
                .contains("evil.drl:9: rule TST-001: refused: 'Runtime' starts or controls processes");
        ItssCommandTest.Run trusted = ItssCommandTest.run("rules", "check", "--trusted", dir.toString());
        assertThat(trusted.err()).doesNotContain("refused");
    }

    @Test
    void aDeclaredFigureNoPackDefinesIsPlacedInTheSnapshotFile(@TempDir Path dir) throws Exception {
        Path snapshot = dir.resolve("snapshot.yaml");
        Files.writeString(snapshot, "organisation: {id: o, name: O}\nperiod: {start: 2026-01-01, end: 2026-03-31}\nfigures:\n"
                + "  - {metric: desk.callback_rate, value: 0.9}\n  - {metric: desk.calback_rate, value: 0.9}\n");
        ItssCommandTest.Run run = ItssCommandTest.run("assess", "--snapshot", snapshot.toString(), "--rules", PACK.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(snapshot + ":5:").contains("figures[1].metric: unknown metric 'desk.calback_rate'; did you mean 'desk.callback_rate'?");
    }
}

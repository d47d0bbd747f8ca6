package dev.itss.cli;

import static dev.itss.cli.ItssCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.cli.ItssCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan, verify, diff and demo --cycle, as an operations manager runs them. */
class LoopCommandsTest {
    private static final String HISTORY = "../itss-examples/src/main/resources/dev/itss/examples/hospital/history/";
    private static final String Q3 = "../itss-examples/src/main/resources/dev/itss/examples/hospital/snapshot.yaml";

    @Test
    void planWritesTheFileThatVerifyReadsBack(@TempDir Path dir) {
        Path plan = dir.resolve("plan.yaml");
        Run planned = run("plan", "--snapshot", HISTORY + "2026-Q2/snapshot.yaml", "--output", plan.toString());
        assertThat(planned.exitCode()).as(planned.err()).isZero();
        assertThat(planned.out()).contains("ITSS improvement plan", "== Scheme: People", "== Stakeholders", "Informed: Quality-management department");
        assertThat(plan).exists();
        Run verified = run("verify", "--plan", plan.toString(), "--snapshot", Q3, "--lang", "zh-CN");
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("服务改进控制表", "统计分析", "未达成", "转入下期计划的新措施");
        Run json = run("verify", "--plan", plan.toString(), "--snapshot", Q3, "--format", "json");
        assertThat(json.out()).startsWith("{\n  \"schemaVersion\" : 1,\n  \"kind\" : \"verification\"").contains("\"status\" : \"PARTIALLY_MET\"");
    }

    @Test
    void aBadPlanFileIsExitTwoWithItsPlace(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.yaml");
        assertThat(run("plan", "--snapshot", HISTORY + "2026-Q2/snapshot.yaml", "--output", plan.toString()).exitCode()).isZero();
        Files.writeString(plan, Files.readString(plan).replaceFirst("status: \"NOT_STARTED\"", "status: \"FINISHED\""));
        Run run = run("verify", "--plan", plan.toString(), "--snapshot", Q3);
        assertThat(run.exitCode()).isEqualTo(ItssCommand.BAD_INPUT);
        assertThat(run.err()).containsPattern("plan\\.yaml:\\d+:\\d+: actions\\[0\\]\\.status: .*FINISHED");
    }

    @Test
    void diffComparesTwoPeriodFoldersAndRefusesThemInTheWrongOrder() {
        Run run = run("diff", HISTORY + "2026-Q1", HISTORY + "2026-Q2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Since the period before:", "== New", "== Resolved", "== Persisting");
        Run reversed = run("diff", HISTORY + "2026-Q2", HISTORY + "2026-Q1");
        assertThat(reversed.exitCode()).isEqualTo(ItssCommand.BAD_INPUT);
        assertThat(reversed.err()).contains("must come after");
    }

    @Test
    void demoCycleShowsTheWholeLoopInBothLanguagesAndAsJson() {
        Run en = run("demo", "--cycle");
        assertThat(en.exitCode()).as(en.err()).isZero();
        assertThat(en.out()).contains("Period 2026-Q1", "Period 2026-Q3", "met", "partly met", "not met", "not measurable",
                "Causes of the targets not met", "The next plan", "Measures carried from the last verification");
        Run zh = run("demo", "--cycle", "--lang", "zh-CN");
        assertThat(zh.out()).contains("已达成", "部分达成", "未达成", "无法衡量", "下期改进计划");
        Run json = run("demo", "--cycle", "--format", "json");
        assertThat(json.out()).contains("\"kind\" : \"cycle\"", "\"NOT_MEASURABLE\"", "\"nextPlan\"");
    }

    @Test
    void aStrategyNamingAnUnknownMetricIsExitTwoAtItsLine(@TempDir Path dir) throws Exception {
        Path strategy = dir.resolve("strategy.yaml");
        Files.writeString(strategy, """
                goals:
                  - {id: G-1, title: "calls answered", reason: "wards call first", metric: service_desk.answer_rat, level: 0.97}
                """);
        Run run = run("plan", "--snapshot", Q3, "--strategy", strategy.toString());
        assertThat(run.exitCode()).isEqualTo(ItssCommand.BAD_INPUT);
        assertThat(run.err()).contains(strategy + ":2:").contains("goals[0].metric: unknown metric 'service_desk.answer_rat'; did you mean 'service_desk.answer_rate'");
    }

    @Test
    void diffReadsTwoAssessmentJsonReports(@TempDir Path dir) throws Exception {
        Path q2 = dir.resolve("q2.json");
        Path q3 = dir.resolve("q3.json");
        Files.writeString(q2, run("assess", "--snapshot", HISTORY + "2026-Q2/snapshot.yaml", "--format", "json").out());
        Files.writeString(q3, run("assess", "--snapshot", Q3, "--format", "json").out());
        Run json = run("diff", q2.toString(), q3.toString(), "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"kind\" : \"diff\"", "\"added\"", "\"resolved\"", "\"persisting\"");
        Files.writeString(q2, "{\"kind\": \"plan\"}");
        Run wrong = run("diff", q2.toString(), q3.toString());
        assertThat(wrong.exitCode()).isEqualTo(ItssCommand.BAD_INPUT);
        assertThat(wrong.err()).contains(q2 + ": kind: expected an assessment JSON report");
    }
}

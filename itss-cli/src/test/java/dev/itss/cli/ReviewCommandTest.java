package dev.itss.cli;

import static dev.itss.cli.ItssCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.itss.cli.ItssCommandTest.Run;
import org.junit.jupiter.api.Test;

/** itss review at each level, in both languages and as JSON, as an operations manager runs it. */
class ReviewCommandTest {
    private static final String HOSPITAL = "../itss-examples/src/main/resources/dev/itss/examples/hospital";

    @Test
    void eachLevelRunsOnTheHospitalInBothLanguages() {
        String[][] levels = {
                {"ad-hoc", "ad hoc review (R-1)", "不定期回顾（R-1）", "What happened", "事件经过"},
                {"monthly", "monthly meeting (R-2)", "项目月度例会（R-2）", "Service volume and the month's figures", "服务量及本月指标"},
                {"quarterly", "quarterly meeting (R-3)", "项目季度会（R-3）", "Customer satisfaction survey", "客户满意度调查"},
                {"annual", "annual review (R-4)", "项目年度回顾（R-4）", "The year's improvement plans and how they ended", "本年度改进计划执行结果"}};
        for (String[] level : levels) {
            Run en = run("review", "--level", level[0], "--history", HOSPITAL);
            assertThat(en.exitCode()).as(level[0] + ": " + en.err()).isZero();
            assertThat(en.out()).contains(level[1], level[3], "Customer review content (R-C)", "Internal review content (R-T)");
            Run zh = run("review", "--level", level[0], "--history", HOSPITAL, "--lang", "zh-CN");
            assertThat(zh.exitCode()).as(level[0] + ": " + zh.err()).isZero();
            assertThat(zh.out()).contains(level[2], level[4], "客户回顾内容（R-C）", "运维团队内部回顾内容（R-T，仅限内部）");
        }
    }

    @Test
    void jsonCarriesTheNumbersAndMarksWhatIsNotAvailable() throws Exception {
        Run json = run("review", "--level", "monthly", "--history", HOSPITAL, "--month", "2026-08", "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("kind").asText()).isEqualTo("reviews");
        JsonNode review = root.get("reviews").get(0);
        assertThat(review.get("level").asText()).isEqualTo("MONTHLY");
        assertThat(review.get("name").asText()).isEqualTo("2026-08");
        JsonNode satisfaction = null;
        JsonNode contract = null;
        for (JsonNode section : review.get("sections")) {
            if (section.get("key").asText().equals("satisfaction")) {
                satisfaction = section;
            }
            if (section.get("key").asText().equals("contract")) {
                contract = section;
            }
        }
        assertThat(satisfaction.get("unavailable").get("key").asText()).isEqualTo("satisfactionPerPeriod");
        // not available is null in JSON, never 0
        JsonNode firstService = contract.get("tables").get(0).get("rows").get(0);
        assertThat(firstService.get(3).isNull()).isTrue();
        assertThat(contract.get("tables").get(0).get("rows").get(4).get(1).asLong()).isEqualTo(51);
    }

    @Test
    void badOptionsAreExitTwoNamingWhatIsExpected() {
        Run unknownLevel = run("review", "--level", "weekly", "--history", HOSPITAL);
        assertThat(unknownLevel.exitCode()).isEqualTo(ItssCommand.BAD_INPUT);
        assertThat(unknownLevel.err()).contains("unknown review level 'weekly'; expected one of [ad-hoc, monthly, quarterly, annual]");
        Run wrongOption = run("review", "--level", "quarterly", "--history", HOSPITAL, "--month", "2026-08");
        assertThat(wrongOption.exitCode()).isEqualTo(ItssCommand.BAD_INPUT);
        assertThat(wrongOption.err()).contains("--month does not apply to the quarterly review");
        Run badMonth = run("review", "--level", "monthly", "--history", HOSPITAL, "--month", "August");
        assertThat(badMonth.exitCode()).isEqualTo(ItssCommand.BAD_INPUT);
        assertThat(badMonth.err()).contains("--month 'August' is not a month; expected YYYY-MM");
        Run unknownEvent = run("review", "--level", "ad-hoc", "--history", HOSPITAL, "--event", "EV-1");
        assertThat(unknownEvent.exitCode()).isEqualTo(ItssCommand.BAD_INPUT);
        assertThat(unknownEvent.err()).contains("no event 'EV-1'", "EV-2026-031");
        Run badForm = run("review", "--level", "annual", "--history", HOSPITAL, "--form", "letter");
        assertThat(badForm.exitCode()).isEqualTo(ItssCommand.BAD_INPUT);
        assertThat(badForm.err()).contains("unknown review form 'letter'; expected one of [customer-meeting, internal-meeting, video-conference, service-report, third-party-opinion]");
        Run noHistory = run("review", "--level", "annual", "--history", "no-such-folder");
        assertThat(noHistory.exitCode()).isEqualTo(ItssCommand.BAD_INPUT);
        assertThat(noHistory.err()).contains("no-such-folder: no such folder");
    }

    @Test
    void aDeclaredFormIsTheReviewsForm() {
        Run run = run("review", "--level", "quarterly", "--history", HOSPITAL, "--period", "2026-Q2", "--form", "internal-meeting");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2026-Q2", "Form: internal project meeting. Both parts are for the O&M team.");
    }
}

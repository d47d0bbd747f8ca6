package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import dev.itss.model.Period;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** KPIs from ticket exports, on small hand-made files with hand-checked answers. */
class TicketRecordsTest {

    private static TicketKpis read(String csv, RecordMapping mapping) {
        return read(csv, mapping, ErrorPolicy.STOP, Optional.empty(), StandardCharsets.UTF_8);
    }

    private static TicketKpis read(String csv, RecordMapping mapping, ErrorPolicy policy, Optional<Period> period, Charset charset) {
        return TicketRecords.read("t.csv", new ByteArrayInputStream(csv.getBytes(charset)), mapping, policy, period);
    }

    /** A ServiceNow event log: three tickets, several updates each, rows of one ticket in update order. */
    private static final String SERVICENOW = """
            number,incident_state,sys_mod_count,made_sla,reassignment_count,reopen_count,opened_at,resolved_at,knowledge,priority,assignment_group,sys_updated_at
            INC001,New,0,true,0,0,1/3/2016 9:00,?,false,2 - High,Desk,1/3/2016 9:00
            INC001,Active,1,true,1,0,1/3/2016 9:00,?,false,2 - High,Network,1/3/2016 9:30
            INC001,Resolved,2,true,1,0,1/3/2016 9:00,1/3/2016 13:00,true,2 - High,Network,1/3/2016 13:00
            INC002,New,0,true,0,0,2/3/2016 10:00,?,false,3 - Moderate,Desk,2/3/2016 10:00
            INC002,Resolved,1,false,0,1,2/3/2016 10:00,3/3/2016 10:00,false,3 - Moderate,Desk,3/3/2016 10:00
            INC003,New,0,true,0,0,20/4/2016 8:00,?,false,4 - Low,Desk,20/4/2016 8:00
            """;

    @Test
    void readsAServiceNowEventLogDownToEachTicketsFinalState() {
        TicketKpis kpis = read(SERVICENOW, RecordMapping.preset("servicenow"));
        assertThat(kpis.rows()).isEqualTo(6);
        assertThat(kpis.tickets()).isEqualTo(3);
        assertThat(kpis.slaMade()).isEqualTo(2);                   // INC001 and INC003 made it, INC002 did not
        assertThat(kpis.slaAttainment()).contains(2.0 / 3);
        assertThat(kpis.reassigned()).isEqualTo(1);                // INC001's counter is 1
        assertThat(kpis.reopened()).isEqualTo(1);                  // INC002's counter is 1
        assertThat(kpis.withKnowledge()).isEqualTo(1);
        assertThat(kpis.timeToResolve()).hasValueSatisfying(d -> {   // 4 h and 24 h
            assertThat(d.count()).isEqualTo(2);
            assertThat(d.mean()).isEqualTo(14.0);
            assertThat(d.median()).isEqualTo(14.0);
            assertThat(d.p90()).isEqualTo(24.0);
        });
    }

    @Test
    void takesTheRowWithTheHighestCounterWhateverTheOrderAndTiesGoToTheLaterRow() {
        String csv = """
                ticket,update_counter,opened_at,made_sla
                T1,2,2026-01-01,true
                T1,1,2026-01-01,false
                T2,1,2026-01-01,false
                T2,1,2026-01-01,true
                """;
        TicketKpis kpis = read(csv, RecordMapping.preset("canonical"));
        assertThat(kpis.slaMade()).isEqualTo(2);
    }

    @Test
    void withoutACounterTheLatestUpdateWinsAndWithoutEitherTheLastRow() {
        String byTime = """
                ticket,updated_at,opened_at,made_sla
                T1,2026-01-03 10:00,2026-01-01,true
                T1,2026-01-02 10:00,2026-01-01,false
                """;
        assertThat(read(byTime, RecordMapping.preset("canonical")).slaMade()).isEqualTo(1);
        String byRow = """
                ticket,opened_at,made_sla
                T1,2026-01-01,true
                T1,2026-01-01,false
                """;
        assertThat(read(byRow, RecordMapping.preset("canonical")).slaMade()).isZero();
    }

    @Test
    void derivesReassignmentsAndReopensFromTheHistoryWhenThereAreNoCounters() {
        String csv = """
                ticket,state,assignment_group,opened_at
                T1,NEW,Desk,2026-01-01
                T1,ACTIVE,Network,2026-01-01
                T1,RESOLVED,Network,2026-01-01
                T2,NEW,Desk,2026-01-01
                T2,RESOLVED,Desk,2026-01-01
                T2,ACTIVE,Desk,2026-01-01
                T2,CLOSED,Desk,2026-01-01
                """;
        TicketKpis kpis = read(csv, RecordMapping.preset("canonical"));
        assertThat(kpis.reassigned()).isEqualTo(1);
        assertThat(kpis.reopened()).isEqualTo(1);
    }

    @Test
    void medianOfAnOddCountAndNearestRankP90() {
        StringBuilder csv = new StringBuilder("ticket,opened_at,resolved_at\n");
        for (int i = 1; i <= 11; i++) {   // 1..11 hours
            csv.append("T").append(i).append(",2026-01-01 00:00,2026-01-01 ").append(String.format("%02d", i)).append(":00\n");
        }
        TicketKpis.Durations d = read(csv.toString(), RecordMapping.preset("canonical")).timeToResolve().orElseThrow();
        assertThat(d.median()).isEqualTo(6.0);
        assertThat(d.p90()).isEqualTo(10.0);     // ceil(0.9 x 11) = 10th value
        assertThat(d.mean()).isEqualTo(6.0);
    }

    @Test
    void breaksTheFiguresDownByTheFinalStatesGroupOrPriority() {
        TicketKpis byGroup = TicketRecords.read("t.csv", new ByteArrayInputStream(SERVICENOW.getBytes(StandardCharsets.UTF_8)),
                RecordMapping.preset("servicenow"), new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.ASSIGNMENT_GROUP));
        assertThat(byGroup.groups()).containsOnlyKeys("Desk", "Network");     // INC001 ended in Network
        assertThat(byGroup.groups().get("Desk").tickets()).isEqualTo(2);
        assertThat(byGroup.groups().get("Desk").slaAttainment()).contains(0.5);
        assertThat(byGroup.groups().get("Network").reassigned()).isEqualTo(1);
        TicketKpis byPriority = TicketRecords.read("t.csv", new ByteArrayInputStream(SERVICENOW.getBytes(StandardCharsets.UTF_8)),
                RecordMapping.preset("servicenow"), new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.PRIORITY));
        assertThat(byPriority.groups()).containsOnlyKeys("P2", "P3", "P4");
        assertThat(byPriority.tickets()).isEqualTo(3);
    }

    @Test
    void countsTheBacklogAndItsAgeingAtThePeriodEndOrTheLatestTimeInTheFile() {
        // INC003 is still New; the latest time the file mentions is 20/4/2016 8:00, when it was opened
        TicketKpis all = read(SERVICENOW, RecordMapping.preset("servicenow"));
        assertThat(all.backlog()).isEqualTo(1);
        assertThat(all.backlogAgeDays()).hasValueSatisfying(d -> assertThat(d.median()).isZero());
        // in a period ending 30/4/2016 it is 10 days 15:59:59 old at the end of the last day
        TicketKpis april = read(SERVICENOW, RecordMapping.preset("servicenow"), ErrorPolicy.STOP,
                Optional.of(new Period(LocalDate.of(2016, 4, 1), LocalDate.of(2016, 4, 30))), StandardCharsets.UTF_8);
        assertThat(april.backlog()).isEqualTo(1);
        assertThat(april.backlogAgeDays().orElseThrow().median()).isEqualTo((10 * 86400 + 15 * 3600 + 59 * 60 + 59) / 86400.0);
    }

    @Test
    void aPeriodKeepsTheTicketsOpenedInIt() {
        TicketKpis march = read(SERVICENOW, RecordMapping.preset("servicenow"), ErrorPolicy.STOP,
                Optional.of(new Period(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 31))), StandardCharsets.UTF_8);
        assertThat(march.tickets()).isEqualTo(2);
        assertThat(march.slaAttainment()).contains(0.5);
    }

    @Test
    void readsOtherDelimitersQuotesABomAndGb18030() {
        RecordMapping semicolonsGb = new RecordMapping("gb", null, ";", "GB18030", java.util.List.of("yyyy-MM-dd"), java.util.List.of(""),
                java.util.Map.of("ticket", "工单号", "openedAt", "创建日期", "madeSla", "是否达标"), java.util.Map.of("madeSla", java.util.Map.of("是", "true", "否", "false")));
        String csv = "工单号;创建日期;是否达标\n\"T;1\";2026-01-01;是\nT2;2026-01-02;否\n";
        TicketKpis kpis = read(csv, semicolonsGb, ErrorPolicy.STOP, Optional.empty(), Charset.forName("GB18030"));
        assertThat(kpis.tickets()).isEqualTo(2);
        assertThat(kpis.slaMade()).isEqualTo(1);
        String withBom = "\uFEFFticket,opened_at\nT1,2026-01-01\n";
        assertThat(read(withBom, RecordMapping.preset("canonical")).tickets()).isEqualTo(1);
    }

    @Test
    void readsJsonLinesKeyedByTheMappedColumnNames() {
        String jsonl = """
                {"ticket": "T1", "opened_at": "2026-01-01 08:00", "resolved_at": "2026-01-01 10:00", "made_sla": true, "reopens": 0}
                {"ticket": "T2", "opened_at": "2026-01-02 08:00", "resolved_at": null, "made_sla": false, "reopens": 2}
                """;
        TicketKpis kpis = TicketRecords.read("t.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                RecordMapping.preset("canonical"), ErrorPolicy.STOP, Optional.empty());
        assertThat(kpis.tickets()).isEqualTo(2);
        assertThat(kpis.slaMade()).isEqualTo(1);
        assertThat(kpis.reopened()).isEqualTo(1);
        assertThat(kpis.timeToResolve().orElseThrow().mean()).isEqualTo(2.0);
        assertThatThrownBy(() -> TicketRecords.read("t.jsonl", new ByteArrayInputStream("{\"ticket\": \"T1\"}\n[1]\n".getBytes(StandardCharsets.UTF_8)),
                RecordMapping.preset("canonical"), ErrorPolicy.STOP, Optional.empty()))
                .hasMessage("t.jsonl:1: opened_at: is missing; expected the opening time");
    }

    @Test
    void aMalformedRowStopsTheReadWithFileLineColumnAndValue() {
        String csv = """
                ticket,opened_at,made_sla
                T1,2026-01-01,true
                T2,2026-13-01,true
                """;
        assertThatThrownBy(() -> read(csv, RecordMapping.preset("canonical")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("t.csv:3:2: opened_at: expected a date in one of the formats "
                        + RecordMapping.preset("canonical").dateFormats() + ", was '2026-13-01'");
    }

    @Test
    void skipModeSkipsCountsAndListsEachBadRow() {
        String csv = """
                ticket,opened_at,made_sla
                T1,2026-01-01,true
                T2,2026-01-02,maybe
                ,2026-01-03,true
                T4,2026-01-04,false
                """;
        TicketKpis kpis = read(csv, RecordMapping.preset("canonical"), ErrorPolicy.SKIP, Optional.empty(), StandardCharsets.UTF_8);
        assertThat(kpis.tickets()).isEqualTo(2);
        assertThat(kpis.skippedTotal()).isEqualTo(2);
        assertThat(kpis.skipped()).extracting(InputProblem::toString).containsExactly(
                "t.csv:3:3: made_sla: expected true or false (or a value mapped to one under values.madeSla), was 'maybe'",
                "t.csv:4:1: ticket: is missing; expected a ticket number");
    }

    @Test
    void aMissingRequiredColumnIsNamedBeforeAnyRowIsReadAndMissingOptionalOnesAreListed() {
        assertThatThrownBy(() -> read("number,opened\nINC1,1/1/2016 9:00\n", RecordMapping.preset("servicenow")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("t.csv:1: column 'opened_at' (mapped to openedAt by mapping 'servicenow') is not in the header; the header has [number, opened]");
        TicketKpis kpis = read("number,opened_at\nINC1,1/1/2016 9:00\n", RecordMapping.preset("servicenow"));
        assertThat(kpis.absentColumns()).contains("sys_mod_count", "made_sla");
        assertThat(kpis.slaAttainment()).isEmpty();
    }

    @Test
    void figuresOfTicketTypes() {
        String csv = """
                ticket,type,opened_at,first_contact,emergency,outcome
                I1,INCIDENT,2026-01-01,true,,
                I2,INCIDENT,2026-01-01,false,,
                I3,INCIDENT,2026-01-01,true,,
                I4,INCIDENT,2026-01-01,,,
                R1,REQUEST,2026-01-01,true,,
                C1,CHANGE,2026-01-01,,true,SUCCESSFUL
                C2,CHANGE,2026-01-01,,false,FAILED
                C3,CHANGE,2026-01-01,,false,SUCCESSFUL
                C4,CHANGE,2026-01-01,,false,
                L1,RELEASE,2026-01-01,,,FAILED
                L2,RELEASE,2026-01-01,,,SUCCESSFUL
                """;
        TicketKpis.ByType byType = read(csv, RecordMapping.preset("canonical")).byType();
        assertThat(byType.firstContactResolution()).contains(2.0 / 3);   // incidents only, with a value
        assertThat(byType.changes()).isEqualTo(4);
        assertThat(byType.changeSuccessRate()).contains(2.0 / 3);        // over changes with an outcome
        assertThat(byType.emergencyChangeRatio()).contains(0.25);
        assertThat(byType.releases()).isEqualTo(2);
        assertThat(byType.releasesFailed()).isEqualTo(1);
        assertThatThrownBy(() -> read("ticket,type,opened_at\nX1,BUG,2026-01-01\n", RecordMapping.preset("canonical")))
                .hasMessageContaining("t.csv:2:2: type: expected one of [INCIDENT, REQUEST, PROBLEM, CHANGE, RELEASE]");
    }

    @Test
    void readsAJiraServiceManagementExport() {
        String csv = """
                Summary,Issue key,Issue Type,Status,Priority,Resolution,Assignee,Created,Updated,Resolved
                "VPN down, site B",HD-101,Incident,Resolved,High,Done,li.na,05/Mar/26 9:15 AM,05/Mar/26 1:15 PM,05/Mar/26 1:15 PM
                Printer jam,HD-102,Service request,Waiting for support,Medium,,,06/Mar/26 10:00 AM,06/Mar/26 10:30 AM,
                """;
        TicketKpis kpis = read(csv, RecordMapping.preset("jira"));
        assertThat(kpis.tickets()).isEqualTo(2);
        assertThat(kpis.timeToResolve().orElseThrow().mean()).isEqualTo(4.0);
        assertThat(kpis.backlog()).isEqualTo(1);
        assertThat(kpis.slaAttainment()).isEmpty();   // this export has no SLA columns
        assertThat(kpis.absentColumns()).containsExactly("Time to first response", "Time to resolution");
        // "Service request" is not in the preset's type map: the "*" entry makes it a request
        assertThat(kpis.byType().firstContactResolution()).isEmpty();
    }

    @Test
    void readsJirasSlaTimeLeftColumnsUnderEitherHeader() {
        // Jira Cloud writes custom fields as "Custom field (NAME)"; the preset names the bare field
        String csv = """
                Issue key,Issue Type,Status,Priority,Created,Updated,Resolved,Custom field (Time to first response),Custom field (Time to resolution)
                HD-1,[System] Incident,Resolved,High,05/Mar/26 9:15 AM,05/Mar/26 1:15 PM,05/Mar/26 1:15 PM,45m,2h 30m
                HD-2,Incident,Resolved,High,05/Mar/26 9:15 AM,06/Mar/26 1:15 PM,06/Mar/26 1:15 PM,10m,-1d 4h
                HD-3,Incident,Closed,Low,05/Mar/26 9:15 AM,06/Mar/26 1:15 PM,06/Mar/26 1:15 PM,−3 min,
                HD-4,Change,In Progress,Low,05/Mar/26 9:15 AM,05/Mar/26 9:15 AM,,,4h
                HD-5,Task,Open,Low,05/Mar/26 9:15 AM,05/Mar/26 9:15 AM,,,
                HD-6,Incident,Resolved,High,05/Mar/26 9:15 AM,05/Mar/26 1:15 PM,05/Mar/26 1:15 PM,0m,-0m
                """;
        TicketKpis kpis = read(csv, RecordMapping.preset("jira"));
        // made: HD-1 (both left), HD-4 (one left), HD-6 (zero is not negative); breached: HD-2, HD-3 (U+2212 minus); HD-5 has neither
        assertThat(kpis.slaKnown()).isEqualTo(5);
        assertThat(kpis.slaMade()).isEqualTo(3);
        assertThat(kpis.byType().changes()).isEqualTo(1);
        assertThat(kpis.absentColumns()).isEmpty();
        assertThatThrownBy(() -> read(csv.replace("2h 30m", "soon"), RecordMapping.preset("jira")))
                .hasMessage("t.csv:2:9: Time to resolution: expected the time left on the SLA, e.g. 2h 30m or -1d 4h (negative: breached), was 'soon'");
    }

    @Test
    void dispatchAccuracyFollowsTheFirstGroupInTheHistoryOrTheCounter() {
        // INC001 went Desk -> Network and stayed: wrong; INC002 and INC003 stayed with Desk, counters 0: right
        TicketKpis log = read(SERVICENOW, RecordMapping.preset("servicenow"));
        assertThat(log.dispatched()).isEqualTo(3);
        assertThat(log.dispatchAccuracy()).contains(2.0 / 3);
        String csv = """
                ticket,opened_at,assignment_group,reassignments
                A,2026-01-01,Desk,
                A,2026-01-01,Network,
                A,2026-01-01,Desk,
                B,2026-01-02,Network,2
                C,2026-01-03,Network,0
                D,2026-01-04,,
                """;
        // A was sent away and back to its first group: right; B's counter says it was moved before the export: wrong;
        // C right; D has no group and is not counted
        TicketKpis kpis = read(csv, RecordMapping.preset("canonical"));
        assertThat(kpis.dispatched()).isEqualTo(3);
        assertThat(kpis.dispatchedRight()).isEqualTo(2);
        assertThat(kpis.reassigned()).isEqualTo(2);      // A from the history, B from the counter
    }

    @Test
    void groupsByService() {
        String csv = """
                ticket,opened_at,resolved_at,service
                T1,2026-01-01 08:00:00,2026-01-01 10:00:00,Email
                T2,2026-01-01 08:00:00,2026-01-01 12:00:00,Email
                T3,2026-01-01 08:00:00,,ERP
                T4,2026-01-01 08:00:00,2026-01-01 09:00:00,
                """;
        TicketKpis kpis = TicketRecords.read("t.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), RecordMapping.preset("canonical"),
                new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.ofKey("service")));
        assertThat(kpis.groups()).containsOnlyKeys("Email", "ERP", GroupBy.NO_VALUE);
        assertThat(kpis.groups().get("Email").timeToResolve().orElseThrow().mean()).isEqualTo(3.0);
        assertThat(kpis.groups().get("ERP").backlog()).isEqualTo(1);
    }

    @Test
    void theAnyOtherValueKeyOfAValueMapCatchesUnlistedValues() {
        RecordMapping mapping = new RecordMapping("m", null, ",", "UTF-8", java.util.List.of("yyyy-MM-dd"), java.util.List.of(""),
                java.util.Map.of("ticket", "id", "openedAt", "opened", "madeSla", "sla"),
                java.util.Map.of("madeSla", java.util.Map.of("Met", "true", "*", "false")));
        TicketKpis kpis = read("id,opened,sla\nA,2026-01-01,Met\nB,2026-01-01,Breached\nC,2026-01-01,Paused\nD,2026-01-01,\n", mapping);
        assertThat(kpis.slaKnown()).isEqualTo(3);   // the empty value is missing, not "any other"
        assertThat(kpis.slaMade()).isEqualTo(1);
    }

    @Test
    void readsGbk() {
        RecordMapping gbk = new RecordMapping("gbk", null, ",", "GBK", java.util.List.of("yyyy-MM-dd"), java.util.List.of(""),
                java.util.Map.of("ticket", "工单号", "openedAt", "创建日期", "assignmentGroup", "处理组"), java.util.Map.of());
        TicketKpis kpis = read("工单号,创建日期,处理组\nT1,2026-01-01,网络组\n", gbk, ErrorPolicy.STOP, Optional.empty(), Charset.forName("GBK"));
        assertThat(kpis.tickets()).isEqualTo(1);
    }

    @Test
    void namesShortRowsAndBadNumbersToo() {
        assertThatThrownBy(() -> read("ticket,opened_at,priority\nT1,2026-01-01\n", RecordMapping.preset("canonical")))
                .hasMessage("t.csv:2:3: priority: the row has 2 columns; expected at least 3");
        assertThatThrownBy(() -> read("ticket,opened_at,priority\nT1,2026-01-01,high\n", RecordMapping.preset("canonical")))
                .hasMessage("t.csv:2:3: priority: expected a whole number from 1 to 5, was 'high'");
    }

    @Test
    void rejectsBadMappingsAndUnknownPresets() {
        assertThatThrownBy(() -> RecordMapping.preset("remedy"))
                .hasMessage("unknown mapping preset 'remedy'; expected one of [canonical, servicenow, jira, calls, spares, timesheets, knowledge] or a mapping file");
        assertThat(RecordMapping.preset("jira").column(TicketField.TICKET)).contains("Issue key");
    }

    @Test
    void aLinkedArticleCountsAsKnowledgeUse() {
        String csv = "ticket,opened_at,knowledge,article\nA,2026-01-01,false,KB0001\nB,2026-01-01,true,\nC,2026-01-01,false,\nD,2026-01-01,,\n";
        TicketKpis kpis = read(csv, RecordMapping.preset("canonical"));
        assertThat(kpis.withKnowledge()).isEqualTo(2);
        assertThat(kpis.knowledgeUseRate()).contains(0.5);
    }

    @Test
    void jsonLinesThatAreNoObjectsAreBadRowsAndBrokenJsonStopsWithItsPlace() {
        String jsonl = "{\"ticket\": \"T1\", \"opened_at\": \"2026-01-01\"}\n[1]\n{\"ticket\": \"T2\", \"opened_at\": \"2026-01-02\"}\n";
        TicketKpis kpis = TicketRecords.read("t.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                RecordMapping.preset("canonical"), ErrorPolicy.SKIP, Optional.empty());
        assertThat(kpis.tickets()).isEqualTo(2);
        assertThat(kpis.skipped()).extracting(InputProblem::toString).containsExactly("t.jsonl:2: expected a JSON object per line, was ARRAY");
        assertThatThrownBy(() -> TicketRecords.read("t.jsonl", new ByteArrayInputStream("{\"ticket\": \"T1\",\n".getBytes(StandardCharsets.UTF_8)),
                RecordMapping.preset("canonical"), ErrorPolicy.SKIP, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("t.jsonl:2:")
                .hasMessageContaining("is not valid JSON lines");
    }

    @Test
    void slaStatesWrittenInWordsAreReadThroughAValueMap() {
        RecordMapping words = new RecordMapping("jira-words", null, ",", "UTF-8", java.util.List.of("yyyy-MM-dd"), java.util.List.of(""),
                java.util.Map.of("ticket", "Issue key", "openedAt", "Created", "resolutionSlaLeft", "Time to resolution"),
                java.util.Map.of("resolutionSlaLeft", java.util.Map.of("Breached", "-1m", "Met", "0m")));
        TicketKpis kpis = read("Issue key,Created,Time to resolution\nA,2026-01-01,Met\nB,2026-01-01,Breached\nC,2026-01-01,Met\n", words);
        assertThat(kpis.slaMade()).isEqualTo(2);
        assertThat(kpis.slaKnown()).isEqualTo(3);
        assertThatThrownBy(() -> read("Issue key,Created,Time to resolution\nA,2026-01-01,Paused\n", words))
                .hasMessageContaining("Time to resolution: expected the time left on the SLA");
    }

    @Test
    void aTicketResolvedAfterThePeriodsEndIsInTheBacklogAtThatEnd() {
        String csv = """
                ticket,opened_at,resolved_at,state
                A,2026-03-10 08:00,2026-03-12 08:00,RESOLVED
                B,2026-03-20 00:00,2026-04-05 08:00,RESOLVED
                C,2026-03-25 00:00,,ACTIVE
                """;
        TicketKpis march = read(csv, RecordMapping.preset("canonical"), ErrorPolicy.STOP, Optional.of(new Period(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31))), StandardCharsets.UTF_8);
        assertThat(march.backlog()).isEqualTo(2);                                   // B and C were open on 31 March
        assertThat(march.backlogAgeDays().orElseThrow().count()).isEqualTo(2);
        assertThat(march.timeToResolve().orElseThrow().count()).isEqualTo(2);       // B's resolution still counts for time to resolve
        assertThat(read(csv, RecordMapping.preset("canonical")).backlog()).isEqualTo(1);   // without a period: only C
    }

    @Test
    void aCountOverManyTicketsRunsInPartsAndGivesThePlainCount() {
        // more tickets than TicketCounts counts on one core: the parts' tallies merged must equal a plain count
        int n = TicketCounts.PARALLEL_MIN_TICKETS + 10_007;
        StringBuilder csv = new StringBuilder("ticket,opened_at,resolved_at,state,made_sla,reopens,assignee,service\n");
        long made = 0;
        long reopened = 0;
        long open = 0;
        java.util.List<Double> hours = new java.util.ArrayList<>();
        java.util.Map<String, Long> assignees = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            boolean resolved = i % 7 != 0;
            int h = 1 + (i * 31) % 97;
            csv.append("T").append(i).append(",2026-01-01 00:00,").append(resolved ? String.format("2026-01-%02d %02d:00", 1 + h / 24, h % 24) : "")
                    .append(',').append(resolved ? "RESOLVED" : "ACTIVE").append(',').append(i % 3 != 0).append(',').append(i % 11 == 0 ? 1 : 0)
                    .append(",eng").append(i % 13).append(",S").append(i % 5).append('\n');
            made += i % 3 != 0 ? 1 : 0;
            reopened += i % 11 == 0 ? 1 : 0;
            open += resolved ? 0 : 1;
            if (resolved) {
                hours.add((double) h);
            }
            assignees.merge("eng" + (i % 13), 1L, Long::sum);
        }
        TicketKpis kpis = read(csv.toString(), RecordMapping.preset("canonical"));
        assertThat(kpis.tickets()).isEqualTo(n);
        assertThat(kpis.slaMade()).isEqualTo(made);
        assertThat(kpis.reopened()).isEqualTo(reopened);
        assertThat(kpis.backlog()).isEqualTo(open);
        assertThat(kpis.assignees()).isEqualTo(assignees);
        assertThat(kpis.services().get("S2").tickets()).isEqualTo(n / 5);
        double[] sorted = hours.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        assertThat(kpis.timeToResolve().orElseThrow().p90()).isEqualTo(sorted[(int) Math.ceil(0.9 * sorted.length) - 1]);
        assertThat(kpis.timeToResolve().orElseThrow().count()).isEqualTo(sorted.length);
    }
}

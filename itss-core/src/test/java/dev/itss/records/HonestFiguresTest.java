package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.policy.TicketSla;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Figures that must not mislead: each test is the smallest file that gave a wrong figure before,
 * with the figure its definition gives, worked out by hand.
 */
class HonestFiguresTest {
    /** The default policy's targets for priority 3: respond in 60 minutes, resolve in 24 hours. */
    private static final TicketSla DEFAULT_P3 = new TicketSla(Map.of(3, new TicketSla.Target(Optional.of(60.0), 24.0)), Optional.empty());

    private static TicketKpis read(String csv, RecordMapping mapping, TicketRecords.Options options) {
        return TicketRecords.read("t.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), mapping, options);
    }

    private static TicketRecords.Options withTargets() {
        return new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.NONE, Optional.of(DEFAULT_P3));
    }

    @Test
    void withoutAResponseTimeTheSlaIsJudgedOnResolutionAlone() {
        String csv = """
                ticket,opened_at,resolved_at,state,priority
                T1,2024-01-10 09:00:00,2024-01-10 10:30:00,CLOSED,3
                T2,2024-01-10 09:00:00,2024-01-10 09:30:00,CLOSED,3
                T3,2024-01-10 09:00:00,2024-01-12 09:00:00,CLOSED,3
                """;
        TicketKpis kpis = read(csv, RecordMapping.preset("canonical"), withTargets());
        // T1 1.5 h and T2 0.5 h are within 24 h; T3 took 48 h (before: 0 of 2, every response counted as missed)
        assertThat(kpis.slaMade()).isEqualTo(2);
        assertThat(kpis.slaKnown()).isEqualTo(3);
        assertThat(kpis.slaSources()).containsExactly(SlaSource.TARGETS_AROUND_THE_CLOCK);
    }

    @Test
    void aResponseTimeThatIsThereIsStillJudged() {
        String csv = """
                ticket,opened_at,responded_at,resolved_at,priority
                T1,2024-01-10 09:00:00,2024-01-10 10:30:00,2024-01-10 11:00:00,3
                T2,2024-01-10 09:00:00,,2024-01-10 11:00:00,3
                """;
        TicketKpis kpis = read(csv, RecordMapping.preset("canonical"), withTargets());
        assertThat(kpis.slaMade()).isEqualTo(1);   // T1 responded after 90 minutes; T2 has no response time: resolution alone
        assertThat(kpis.slaKnown()).isEqualTo(2);
    }

    @Test
    void aClosedTicketWithoutAResolutionTimeHasAnUnknownOutcome() {
        String csv = """
                ticket,opened_at,resolved_at,state,priority
                T1,2024-01-10 09:00:00,,CLOSED,3
                T2,2024-01-10 09:00:00,2024-01-10 10:00:00,RESOLVED,3
                T3,2024-01-20 09:00:00,2024-01-20 10:00:00,RESOLVED,3
                """;
        TicketKpis kpis = read(csv, RecordMapping.preset("canonical"), withTargets());
        // T1 was breached "at the latest time in the file" before; now only T2 and T3 are known
        assertThat(kpis.slaKnown()).isEqualTo(2);
        assertThat(kpis.slaMade()).isEqualTo(2);
        assertThat(kpis.backlog()).isZero();
    }

    @Test
    void ratesWhoseDataIsAbsentAreNotAvailableRatherThanZero() {
        String bare = """
                ticket,opened_at,made_sla
                T1,2024-01-10 09:00:00,true
                T2,2024-01-10 09:00:00,true
                T3,2024-01-10 09:00:00,false
                """;
        TicketKpis kpis = read(bare, RecordMapping.preset("canonical"), withTargets());
        assertThat(kpis.reopenRate()).isEmpty();
        assertThat(kpis.reassignmentRate()).isEmpty();
        assertThat(kpis.knowledgeUseRate()).isEmpty();
        assertThat(kpis.slaSources()).containsExactly(SlaSource.MADE_SLA_FLAG);
        // the canonical preset names these columns; the file lacks them
        assertThat(kpis.absentColumns()).contains("reopens", "reassignments", "knowledge", "state", "assignment_group");
    }

    @Test
    void aStateMeasuresReopensAGroupReassignmentsAndALinkExportKnowledgeUse() {
        String csv = """
                ticket,opened_at,state,assignment_group
                T1,2024-01-10 09:00:00,RESOLVED,Desk
                T1,2024-01-10 09:00:00,ACTIVE,Network
                T2,2024-01-10 09:00:00,NEW,Desk
                """;
        TicketKpis kpis = read(csv, RecordMapping.preset("canonical"),
                withTargets().withKnowledgeLinks(Set.of()));
        assertThat(kpis.reopenRate()).contains(0.5);
        assertThat(kpis.reassignmentRate()).contains(0.5);
        assertThat(kpis.knowledgeUseRate()).contains(0.0);   // a link export was read and links none of them: a measured 0
    }

    @Test
    void timesWithAUtcOffsetAreInstants() {
        RecordMapping offsets = mapping(List.of("yyyy-MM-dd'T'HH:mm:ssXXX"), null);
        String csv = """
                ticket,opened_at,resolved_at
                DST,2024-03-30T12:00:00+01:00,2024-03-31T12:00:00+02:00
                Z,2024-03-30T12:00:00Z,2024-03-30T14:00:00+02:00
                """;
        TicketKpis kpis = read(csv, offsets, withTargets());
        // 23 h across the change to summer time, 0 h between 12:00 UTC and 14:00 at +02:00
        assertThat(kpis.timeToResolve().orElseThrow().mean()).isEqualTo(11.5);
        assertThat(kpis.timeToResolve().orElseThrow().p90()).isEqualTo(23.0);
    }

    @Test
    void timesWithoutAnOffsetAreInTheMappingsZoneAndUtcWithoutOne() {
        String csv = """
                ticket,opened_at,resolved_at
                T1,2024-03-30 12:00:00,2024-03-31 12:00:00
                """;
        assertThat(read(csv, mapping(List.of("yyyy-MM-dd HH:mm:ss"), "Europe/Amsterdam"), withTargets()).timeToResolve().orElseThrow().mean())
                .isEqualTo(23.0);
        assertThat(read(csv, mapping(List.of("yyyy-MM-dd HH:mm:ss"), null), withTargets()).timeToResolve().orElseThrow().mean())
                .isEqualTo(24.0);
    }

    @Test
    void aPeriodsDaysAreTheZonesDays() {
        // 2024-01-31 23:30 at UTC is 1 February in Shanghai
        String csv = """
                ticket,opened_at
                T1,2024-01-31T23:30:00Z
                """;
        RecordMapping shanghai = mapping(List.of("yyyy-MM-dd'T'HH:mm:ssXXX"), "Asia/Shanghai");
        TicketRecords.Options february = new TicketRecords.Options(ErrorPolicy.STOP,
                Optional.of(new dev.itss.model.Period(java.time.LocalDate.of(2024, 2, 1), java.time.LocalDate.of(2024, 2, 29))), GroupBy.NONE);
        assertThat(read(csv, shanghai, february).tickets()).isEqualTo(1);
        assertThat(read(csv, mapping(List.of("yyyy-MM-dd'T'HH:mm:ssXXX"), null), february).tickets()).isZero();
    }

    private static RecordMapping mapping(List<String> dateFormats, String zone) {
        return new RecordMapping("m", "tickets", ",", "UTF-8", dateFormats, List.of(""),
                Map.of("ticket", "ticket", "openedAt", "opened_at", "resolvedAt", "resolved_at"), Map.of(), zone, null, null);
    }
}

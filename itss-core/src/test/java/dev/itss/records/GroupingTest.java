package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every kind of record breaks its KPIs down by its own groupings; a grouping of another kind is an error naming the right ones. */
class GroupingTest {

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void callsByQueueAndByMonth() {
        String calls = """
                call,offered_at,answered,abandoned,queue
                C1,2026-03-02 09:00:00,true,false,HIS
                C2,2026-03-02 09:05:00,false,true,HIS
                C3,2026-04-01 10:00:00,true,false,Desk
                C4,2026-04-01 10:00:00,false,false,
                """;
        CallKpis byQueue = CallRecords.read("c.csv", bytes(calls), RecordMapping.preset("calls"), ErrorPolicy.STOP, Optional.empty(), GroupBy.QUEUE);
        assertThat(byQueue.offered()).isEqualTo(4);
        assertThat(byQueue.groups().keySet()).containsExactly("(none)", "Desk", "HIS");
        assertThat(byQueue.groups().get("HIS").answerRate()).contains(0.5);
        assertThat(byQueue.groups().get("HIS").abandonmentRate()).contains(0.5);
        CallKpis byMonth = CallRecords.read("c.csv", bytes(calls), RecordMapping.preset("calls"), ErrorPolicy.STOP, Optional.empty(), GroupBy.MONTH);
        assertThat(byMonth.groups().get("2026-03").offered()).isEqualTo(2);
        assertThat(byMonth.groups().get("2026-04").answerRate()).contains(0.5);
    }

    @Test
    void sparesByPartAndTimesheetsByPost() {
        String spares = """
                part,movement,at,quantity,from_stock
                SP-1,ISSUE,2026-03-02,2,true
                SP-1,ISSUE,2026-03-03,1,false
                SP-2,DAMAGED,2026-03-04,1,
                """;
        SpareKpis byPart = SpareRecords.read("s.csv", bytes(spares), RecordMapping.preset("spares"), ErrorPolicy.STOP, Optional.empty(), GroupBy.PART);
        assertThat(byPart.groups().get("SP-1").hitRate()).contains(2.0 / 3);
        assertThat(byPart.groups().get("SP-2").damaged()).isEqualTo(1);
        String work = """
                engineer,date,worked_hours,rostered_hours,post
                E1,2026-03-02,9,8,desk
                E2,2026-03-02,8,8,desk
                E3,2026-03-02,6,8,network
                """;
        WorkKpis byPost = WorkRecords.read("w.csv", bytes(work), RecordMapping.preset("timesheets"), ErrorPolicy.STOP, Optional.empty(), GroupBy.POST);
        assertThat(byPost.groups().get("desk").saturation()).contains(17.0 / 16);
        assertThat(byPost.groups().get("network").engineers()).containsOnlyKeys("E3");
    }

    @Test
    void ticketsByMonthOpenedInTheMappingsZone() {
        String csv = "ticket,opened_at\nT1,2026-03-31T23:30:00Z\nT2,2026-04-02T08:00:00Z\n";
        RecordMapping shanghai = new RecordMapping("m", "tickets", ",", "UTF-8", java.util.List.of("yyyy-MM-dd'T'HH:mm:ssXXX"), java.util.List.of(""),
                java.util.Map.of("ticket", "ticket", "openedAt", "opened_at"), java.util.Map.of(), "Asia/Shanghai", null, null);
        TicketKpis kpis = TicketRecords.read("t.csv", bytes(csv), shanghai, new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.MONTH));
        assertThat(kpis.groups().keySet()).containsExactly("2026-04");   // 23:30 UTC on 31 March is 1 April in Shanghai
    }

    @Test
    void aGroupingOfAnotherKindIsAnErrorNamingTheKindsOwn() {
        assertThatThrownBy(() -> CallRecords.read("c.csv", bytes("call,offered_at,answered\n"), RecordMapping.preset("calls"), ErrorPolicy.STOP,
                Optional.empty(), GroupBy.SERVICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--group-by service does not apply to calls; calls group by [month, queue]");
        assertThatThrownBy(() -> new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.PART))
                .hasMessage("--group-by part does not apply to tickets; tickets group by [assignment_group, assignee, priority, service, month]");
    }
}

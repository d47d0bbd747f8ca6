package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.read.InvalidInputException;
import dev.itss.model.Period;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallRecordsTest {
    private static final String CALLS = """
            call,offered_at,answered,abandoned,handle_seconds,resolved_on_call
            C1,2026-03-01 09:00:00,true,false,300,true
            C2,2026-03-01 09:05:00,true,false,540,false
            C3,2026-03-01 09:07:00,false,true,,
            C4,2026-03-02 10:00:00,true,false,,true
            C5,2026-04-01 10:00:00,false,false,,
            """;

    private static CallKpis read(String csv, ErrorPolicy policy, Optional<Period> period) {
        return CallRecords.read("c.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), RecordMapping.preset("calls"), policy, period);
    }

    @Test
    void countsAnsweredAbandonedHandleTimeAndResolutionOnTheCall() {
        CallKpis kpis = read(CALLS, ErrorPolicy.STOP, Optional.empty());
        assertThat(kpis.offered()).isEqualTo(5);
        assertThat(kpis.answerRate()).contains(0.6);
        assertThat(kpis.abandonmentRate()).contains(0.2);
        assertThat(kpis.meanHandleMinutes()).contains(7.0);             // (300 + 540) / 2 seconds
        assertThat(kpis.resolutionOnCallRate()).contains(2.0 / 3);
        assertThat(kpis.resolutionCallMinutes()).contains(5.0);          // C1 only: C4 was resolved but records no time
    }

    @Test
    void aPeriodKeepsTheCallsOfferedInIt() {
        CallKpis march = read(CALLS, ErrorPolicy.STOP, Optional.of(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))));
        assertThat(march.offered()).isEqualTo(4);
        assertThat(march.answerRate()).contains(0.75);
    }

    @Test
    void badRowsStopOrAreSkippedWithTheirPlace() {
        String bad = CALLS + "C6,2026-03-03 10:00:00,maybe,false,,\nC7,2026-03-03 10:00:00,true,false,-5,\n";
        assertThatThrownBy(() -> read(bad, ErrorPolicy.STOP, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("c.csv:7:3: answered: expected true or false (or a value mapped to one under values.answered), was 'maybe'");
        CallKpis skipped = read(bad, ErrorPolicy.SKIP, Optional.empty());
        assertThat(skipped.offered()).isEqualTo(5);
        assertThat(skipped.skippedTotal()).isEqualTo(2);
        assertThat(skipped.skipped().get(1).toString()).isEqualTo("c.csv:8:5: handle_seconds: expected a number of seconds, 0 or more, was '-5'");
    }

    @Test
    void aTicketMappingIsNotACallMappingAndTheOtherWayRound() {
        assertThatThrownBy(() -> CallRecords.read("c.csv", new ByteArrayInputStream(CALLS.getBytes(StandardCharsets.UTF_8)),
                RecordMapping.preset("canonical"), ErrorPolicy.STOP, Optional.empty()))
                .hasMessage("c.csv: mapping 'canonical' is for tickets, not calls");
        assertThatThrownBy(() -> TicketRecords.read("t.csv", new ByteArrayInputStream(CALLS.getBytes(StandardCharsets.UTF_8)),
                RecordMapping.preset("calls"), ErrorPolicy.STOP, Optional.empty()))
                .hasMessageContaining("mapping 'calls' is for calls, not tickets");
    }
}

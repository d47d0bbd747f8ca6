package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.model.Period;
import dev.itss.policy.TicketSla;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SLA outcomes computed from targets per priority, around the clock or in business hours. */
class SlaClockTest {
    private static final TicketSla.BusinessHours OFFICE = new TicketSla.BusinessHours(
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0), LocalTime.of(17, 0), List.of(LocalDate.of(2026, 1, 1)));
    private static final TicketSla TARGETS = new TicketSla(Map.of(
            1, new TicketSla.Target(Optional.of(15.0), 4.0),
            3, new TicketSla.Target(Optional.empty(), 8.0)), Optional.empty());

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    @Test
    void countsMinutesAroundTheClockOrOnlyInBusinessHours() {
        // Friday 16:00 to Monday 10:00 (2026-01-02 is a Friday)
        assertThat(SlaClock.minutes(at("2026-01-02T16:00"), at("2026-01-05T10:00"), Optional.empty())).isEqualTo(66 * 60.0);
        assertThat(SlaClock.minutes(at("2026-01-02T16:00"), at("2026-01-05T10:00"), Optional.of(OFFICE))).isEqualTo(120.0);
        // the holiday on Thursday 2026-01-01 does not count: Wednesday 16:30 to Friday 09:30 is 30 + 30 minutes
        assertThat(SlaClock.minutes(at("2025-12-31T16:30"), at("2026-01-02T09:30"), Optional.of(OFFICE))).isEqualTo(60.0);
        assertThat(SlaClock.minutes(at("2026-01-05T10:00"), at("2026-01-05T09:00"), Optional.empty())).isZero();
    }

    @Test
    void madeMissedOrUnknownByTheTargetsOfThePriority() {
        LocalDateTime asOf = at("2026-01-31T23:59:59");
        assertThat(SlaClock.made(at("2026-01-05T10:00"), at("2026-01-05T10:10"), at("2026-01-05T13:00"), 1, asOf, TARGETS)).contains(true);
        // on the bound: 4 hours exactly is made
        assertThat(SlaClock.made(at("2026-01-05T10:00"), at("2026-01-05T10:15"), at("2026-01-05T14:00"), 1, asOf, TARGETS)).contains(true);
        assertThat(SlaClock.made(at("2026-01-05T10:00"), at("2026-01-05T10:20"), at("2026-01-05T11:00"), 1, asOf, TARGETS)).contains(false);
        assertThat(SlaClock.made(at("2026-01-05T10:00"), null, at("2026-01-05T14:01"), 1, asOf, TARGETS)).contains(false);
        // still open: missed once past the target, unknown before
        assertThat(SlaClock.made(at("2026-01-05T10:00"), at("2026-01-05T10:05"), null, 3, asOf, TARGETS)).contains(false);
        assertThat(SlaClock.made(at("2026-01-31T20:00"), null, null, 3, asOf, TARGETS)).isEmpty();
        // no target for the priority, or no priority
        assertThat(SlaClock.made(at("2026-01-05T10:00"), null, at("2026-01-05T11:00"), 4, asOf, TARGETS)).isEmpty();
        assertThat(SlaClock.made(at("2026-01-05T10:00"), null, at("2026-01-05T11:00"), null, asOf, TARGETS)).isEmpty();
    }

    @Test
    void theExportsFlagWinsAndTheTargetsFillInWhereItIsMissing() {
        String csv = """
                ticket,opened_at,responded_at,resolved_at,priority,made_sla
                T1,2026-01-05 10:00,2026-01-05 10:05,2026-01-05 20:00,3,true
                T2,2026-01-05 10:00,2026-01-05 10:05,2026-01-05 12:00,3,
                T3,2026-01-05 10:00,2026-01-05 10:05,2026-01-06 12:00,3,
                """;
        TicketKpis kpis = TicketRecords.read("t.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), RecordMapping.preset("canonical"),
                new TicketRecords.Options(ErrorPolicy.STOP, Optional.of(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))), GroupBy.NONE,
                        Optional.of(TARGETS)));
        assertThat(kpis.slaKnown()).isEqualTo(3);
        assertThat(kpis.slaMade()).isEqualTo(2);   // T1 by its flag (although 10 h), T2 in 2 h; T3 took 26 h
    }
}

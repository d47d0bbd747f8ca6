package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The assessed period, both ends inclusive. Ages ("days since the last drill") are measured at
 * {@link #end()}. That {@code end} is not before {@code start} is checked by
 * {@link SnapshotValidator}.
 *
 * @param start first day of the period
 * @param end   last day of the period
 */
public record Period(@NotNull LocalDate start, @NotNull LocalDate end) {

    /** The calendar month as a period, e.g. {@code Period.ofMonth(YearMonth.of(2026, 8))} is 2026-08-01 to 2026-08-31. */
    public static Period ofMonth(java.time.YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    /** True when {@code date} lies in the period, both ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Whole days from {@code date} to the end of the period; negative when {@code date} is after it. */
    public long daysUntilEnd(LocalDate date) {
        return ChronoUnit.DAYS.between(date, end);
    }
}

package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast parser reads exactly what DateTimeFormatter reads for the numeric patterns, and refuses the same texts. */
class NumericDatePatternTest {
    private static final List<String> PATTERNS = List.of("yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
            "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "dd/MM/yyyy HH:mm");

    @Test
    void agreesWithDateTimeFormatterOnSeededDatesInEveryPattern() {
        long seed = 20_261_129L;
        SplittableRandom random = new SplittableRandom(seed);
        for (String pattern : PATTERNS) {
            NumericDatePattern fast = NumericDatePattern.compile(pattern).orElseThrow();
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
            for (int i = 0; i < 2000; i++) {
                LocalDateTime time = LocalDateTime.of(2000 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28),
                        random.nextInt(24), random.nextInt(60), random.nextInt(60));
                String text = formatter.format(time);
                LocalDateTime expected = pattern.contains("H") ? LocalDateTime.parse(text, formatter) : java.time.LocalDate.parse(text, formatter).atStartOfDay();
                assertThat(fast.parse(text)).as("seed %d, %s, %s", seed, pattern, text).isEqualTo(expected);
            }
        }
    }

    @Test
    void refusesWhatDoesNotMatch() {
        NumericDatePattern iso = NumericDatePattern.compile("yyyy-MM-dd HH:mm:ss").orElseThrow();
        assertThat(iso.parse("2026-13-01 00:00:00")).isNull();
        assertThat(iso.parse("2026-02-30 00:00:00")).isNull();
        assertThat(iso.parse("2026-01-01 00:00")).isNull();
        assertThat(iso.parse("2026-01-01 00:00:00 ")).isNull();
        assertThat(iso.parse("2026-1-01 00:00:00")).isNull();
        assertThat(NumericDatePattern.compile("d/M/yyyy H:mm").orElseThrow().parse("29/2/2016 1:16")).isEqualTo(LocalDateTime.of(2016, 2, 29, 1, 16));
    }

    @Test
    void leavesTextualPatternsToDateTimeFormatter() {
        assertThat(NumericDatePattern.compile("dd/MMM/yy h:mm a")).isEmpty();
        assertThat(NumericDatePattern.compile("HH:mm")).isEmpty();
    }

    @Test
    void epochDaysMatchJavaTimeAcrossCenturiesAndLeapDays() {
        for (java.time.LocalDate day = java.time.LocalDate.of(1899, 12, 25); day.isBefore(java.time.LocalDate.of(2101, 3, 2)); day = day.plusDays(1)) {
            assertThat(NumericDatePattern.epochDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth())).as(day.toString()).isEqualTo(day.toEpochDay());
        }
        NumericDatePattern iso = NumericDatePattern.compile("yyyy-MM-dd HH:mm:ss").orElseThrow();
        assertThat(iso.epochSecond("2000-02-29 23:59:59")).isEqualTo(LocalDateTime.of(2000, 2, 29, 23, 59, 59).toEpochSecond(java.time.ZoneOffset.UTC));
        assertThat(iso.epochSecond("1900-02-29 00:00:00")).isEqualTo(NumericDatePattern.NO_MATCH);
        assertThat(iso.epochSecond("2026-01-01 24:00:00")).isEqualTo(NumericDatePattern.NO_MATCH);
        assertThat(iso.epochSecond("2026-01-01 23:60:00")).isEqualTo(NumericDatePattern.NO_MATCH);
    }
}

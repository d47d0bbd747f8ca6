package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.model.Period;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger a review reads: a window's KPIs are exactly those of a read with that window as the
 * period, and the tickets it lists are those an independent pass over the generated rows finds.
 */
class TicketLedgerTest {
    private static final Period QUARTER = new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> ASSIGNEES = List.of("wang", "li", "zhang", "zhao", "sun");
    private static final List<String> SERVICES = List.of("his", "pacs", "desktop");

    /** One generated ticket, as the oracle sees it. */
    private record Generated(String id, LocalDateTime opened, LocalDateTime resolved, Boolean madeSla, String assignee, String service) {}

    private static List<Generated> generate(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Generated> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // a few tickets opened in June: outside the quarter the ledger is read for
            LocalDateTime opened = LocalDateTime.of(2026, 6, 20, 8, 0).plusMinutes(random.nextInt(105 * 24 * 60));
            LocalDateTime resolved = random.nextInt(5) == 0 ? null : opened.plusMinutes(random.nextInt(20 * 24 * 60));
            Boolean made = random.nextInt(6) == 0 ? null : random.nextInt(4) != 0;
            out.add(new Generated("T" + (10000 + i), opened, resolved, made, ASSIGNEES.get(random.nextInt(ASSIGNEES.size())),
                    SERVICES.get(random.nextInt(SERVICES.size()))));
        }
        return out;
    }

    private static Path write(Path folder, List<Generated> tickets) throws Exception {
        StringBuilder csv = new StringBuilder("ticket,opened_at,resolved_at,state,made_sla,assignee,service,assignment_group\n");
        for (Generated t : tickets) {
            csv.append(t.id()).append(',').append(AT.format(t.opened())).append(',').append(t.resolved() == null ? "" : AT.format(t.resolved()))
                    .append(',').append(t.resolved() == null ? "ACTIVE" : "RESOLVED").append(',').append(t.madeSla() == null ? "" : t.madeSla())
                    .append(',').append(t.assignee()).append(',').append(t.service()).append(',').append("G-").append(t.service()).append('\n');
        }
        Path file = folder.resolve("tickets.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static TicketRecords.Options options(Optional<Period> period, GroupBy groupBy) {
        return new TicketRecords.Options(ErrorPolicy.STOP, period, groupBy);
    }

    @Test
    void aWindowsKpisAreThoseOfAReadOfThatWindow(@TempDir Path folder) throws Exception {
        for (long seed : new long[] {11, 12, 13}) {
            Path file = write(folder, generate(seed, 400));
            RecordMapping mapping = RecordMapping.preset("canonical");
            TicketLedger ledger = TicketRecords.ledger(file, mapping, options(Optional.of(QUARTER), GroupBy.NONE));
            for (YearMonth month : List.of(YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9))) {
                for (GroupBy groupBy : List.of(GroupBy.NONE, GroupBy.SERVICE, GroupBy.ASSIGNEE)) {
                    Period window = Period.ofMonth(month);
                    assertThat(ledger.kpis(window, groupBy)).as("seed %d, %s by %s", seed, month, groupBy)
                            .isEqualTo(TicketRecords.read(file, mapping, options(Optional.of(window), groupBy)));
                }
            }
        }
    }

    @Test
    void theTicketsItListsAreThoseTheRowsSay(@TempDir Path folder) throws Exception {
        long seed = 21;
        List<Generated> generated = generate(seed, 300);
        TicketLedger ledger = TicketRecords.ledger(write(folder, generated), RecordMapping.preset("canonical"), options(Optional.of(QUARTER), GroupBy.NONE));
        Period august = Period.ofMonth(YearMonth.of(2026, 8));
        List<String> expectedOpened = generated.stream().filter(t -> august.contains(t.opened().toLocalDate()))
                .sorted((a, b) -> a.opened().equals(b.opened()) ? a.id().compareTo(b.id()) : a.opened().compareTo(b.opened())).map(Generated::id).toList();
        List<TicketRecord> opened = ledger.openedIn(august);
        assertThat(opened).as("seed %d", seed).extracting(TicketRecord::id).containsExactlyElementsOf(expectedOpened);
        Map<String, Generated> byId = generated.stream().collect(Collectors.toMap(Generated::id, t -> t));
        assertThat(opened).allSatisfy(t -> {
            assertThat(t.madeSla()).isEqualTo(Optional.ofNullable(byId.get(t.id()).madeSla()));
            assertThat(t.assignee()).contains(byId.get(t.id()).assignee());
        });

        // open at the end of 15 August: opened in the quarter by then, and resolved after it or not at all
        LocalDate day = LocalDate.of(2026, 8, 15);
        LocalDateTime end = day.atTime(23, 59, 59);
        List<String> expectedOpen = generated.stream().filter(t -> QUARTER.contains(t.opened().toLocalDate()) && !t.opened().isAfter(end))
                .filter(t -> t.resolved() == null || t.resolved().isAfter(end)).map(Generated::id).sorted().toList();
        assertThat(ledger.openAt(day)).extracting(TicketRecord::id).containsExactlyInAnyOrderElementsOf(expectedOpen);
        assertThat(expectedOpen).isNotEmpty();

        // per assignee: the tickets of the window each worked
        Map<String, Long> perAssignee = new TreeMap<>(generated.stream().filter(t -> august.contains(t.opened().toLocalDate()))
                .collect(Collectors.groupingBy(Generated::assignee, Collectors.counting())));
        Map<String, Long> measured = new TreeMap<>();
        ledger.kpis(august, GroupBy.ASSIGNEE).groups().forEach((assignee, k) -> measured.put(assignee, k.tickets()));
        assertThat(measured).isEqualTo(perAssignee);

        YearMonth latest = generated.stream().filter(t -> QUARTER.contains(t.opened().toLocalDate())).map(t -> YearMonth.from(t.opened()))
                .max(YearMonth::compareTo).orElseThrow();
        assertThat(ledger.lastMonth()).contains(latest);
        Generated june = generated.stream().filter(t -> t.opened().getMonthValue() == 6).findFirst().orElseThrow();
        assertThat(ledger.ticket(june.id())).as("a ticket outside the period read is not in the ledger").isEmpty();
        assertThat(ledger.ticket(expectedOpened.get(0))).map(TicketRecord::id).contains(expectedOpened.get(0));
    }
}

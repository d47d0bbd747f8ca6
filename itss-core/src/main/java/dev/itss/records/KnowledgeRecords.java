package dev.itss.records;

import dev.itss.model.Period;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads knowledge-link records (mapping kind {@code knowledge}: one row per article linked to a
 * ticket, such as ServiceNow's knowledge-to-task relation) in one pass. Memory grows with the
 * linked tickets and the articles, not with the rows.
 *
 * <pre>{@code
 * KnowledgeLinks links = KnowledgeRecords.read(Path.of("kb-links.csv"), RecordMapping.preset("knowledge"), ErrorPolicy.STOP, Optional.empty());
 * TicketKpis kpis = TicketRecords.read(Path.of("tickets.csv"), RecordMapping.preset("canonical"),
 *         new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.NONE).withKnowledgeLinks(links.tickets()));
 * }</pre>
 */
public final class KnowledgeRecords {
    private KnowledgeRecords() {}

    /**
     * Reads a file of links (CSV, or JSON lines for .jsonl/.ndjson/.json).
     *
     * @param period when present, only links made in it count (links without a time count always)
     */
    public static KnowledgeLinks read(Path file, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period) {
        return RowReader.count(file, mapping, RecordKind.KNOWLEDGE, onError, new Counter(period));
    }

    /** Reads a stream; {@code source} names it in problems. */
    public static KnowledgeLinks read(String source, InputStream input, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period) {
        return RowReader.count(source, input, mapping, RecordKind.KNOWLEDGE, onError, new Counter(period));
    }

    private static final class Counter implements RowReader.Counter<KnowledgeLinks> {
        private final Optional<Period> period;
        private final Set<String> tickets = new HashSet<>();
        private final Map<String, Set<String>> articleTickets = new HashMap<>();
        private long links;

        Counter(Optional<Period> period) {
            this.period = period;
        }

        @Override
        public void accept(RowReader.Row row) throws RowProblem {
            String ticket = row.required(KnowledgeField.TICKET, "a ticket number");
            String article = row.required(KnowledgeField.ARTICLE, "a knowledge article id");
            Optional<LocalDateTime> at = row.date(KnowledgeField.AT);
            if (period.isPresent() && at.isPresent() && !period.get().contains(at.get().toLocalDate())) {
                return;
            }
            links++;
            tickets.add(ticket);
            articleTickets.computeIfAbsent(article, a -> new HashSet<>()).add(ticket);
        }

        @Override
        public KnowledgeLinks kpis(RowReader.Summary summary) {
            Map<String, Long> uses = new HashMap<>();
            articleTickets.forEach((article, linked) -> uses.put(article, (long) linked.size()));
            return new KnowledgeLinks(summary.rows(), links, tickets, uses, summary.skipped(), summary.skippedTotal(), summary.absentColumns());
        }
    }
}

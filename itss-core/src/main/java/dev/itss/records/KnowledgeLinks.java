package dev.itss.records;

import dev.itss.read.InputProblem;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Knowledge articles linked to tickets, from a link export (kind {@code knowledge}). The
 * definitions are those of kind {@code knowledge} in {@link RecordKpiCatalog}; read before the
 * ticket export, the linked tickets count as knowledge use there
 * ({@link TicketRecords.Options#withKnowledgeLinks}).
 *
 * <pre>{@code
 * KnowledgeLinks links = KnowledgeRecords.read(Path.of("kb-links.csv"), RecordMapping.preset("knowledge"), ErrorPolicy.STOP, Optional.empty());
 * System.out.println(links.linkedTickets() + " tickets cite " + links.articlesUsed() + " articles");
 * }</pre>
 *
 * @param rows          data rows read
 * @param links         links in scope
 * @param tickets       the tickets with at least one link in scope
 * @param articleUses   per article id, the tickets it was linked to in scope
 * @param skipped       rows skipped under {@link ErrorPolicy#SKIP} (capped)
 * @param skippedTotal  rows skipped in all
 * @param absentColumns optional columns the mapping names that the file lacks
 */
public record KnowledgeLinks(long rows, long links, Set<String> tickets, Map<String, Long> articleUses, List<InputProblem> skipped,
                             long skippedTotal, List<String> absentColumns) {

    public KnowledgeLinks {
        tickets = Set.copyOf(tickets);
        articleUses = Collections.unmodifiableMap(new TreeMap<>(articleUses));
        skipped = List.copyOf(skipped);
        absentColumns = List.copyOf(absentColumns);
    }

    /** Tickets with at least one link. */
    public long linkedTickets() {
        return tickets.size();
    }

    /** Distinct articles linked at least once. */
    public long articlesUsed() {
        return articleUses.size();
    }
}

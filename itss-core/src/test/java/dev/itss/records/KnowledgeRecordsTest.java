package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import dev.itss.model.Period;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Knowledge articles linked to tickets, alone and counted in a ticket export. */
class KnowledgeRecordsTest {
    private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    private static final String LINKS = """
            ticket,article,linked_at
            T1,KB-1,2026-03-02 10:00:00
            T1,KB-2,2026-03-02 10:05:00
            T2,KB-1,2026-03-05
            T3,KB-1,
            T4,KB-3,2026-02-27 09:00:00
            """;

    private static KnowledgeLinks links(String csv, ErrorPolicy onError, Optional<Period> period) {
        return KnowledgeRecords.read("k.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), RecordMapping.preset("knowledge"), onError, period);
    }

    @Test
    void countsLinksTicketsAndArticlesInScope() {
        KnowledgeLinks march = links(LINKS, ErrorPolicy.STOP, Optional.of(MARCH));
        assertThat(march.links()).isEqualTo(4);                          // T4's link was made in February; T3's has no time and counts
        assertThat(march.tickets()).containsExactlyInAnyOrder("T1", "T2", "T3");
        assertThat(march.articleUses()).containsExactlyInAnyOrderEntriesOf(Map.of("KB-1", 3L, "KB-2", 1L));
        assertThat(links(LINKS, ErrorPolicy.STOP, Optional.empty()).articlesUsed()).isEqualTo(3);
    }

    @Test
    void aLinkWithoutItsArticleIsABadRow() {
        KnowledgeLinks skipped = links(LINKS + "T5,,2026-03-09\n", ErrorPolicy.SKIP, Optional.empty());
        assertThat(skipped.skipped()).extracting(InputProblem::toString).containsExactly("k.csv:7:2: article: is missing; expected a knowledge article id");
    }

    @Test
    void linkedTicketsCountAsKnowledgeUseInTheTicketExport() {
        String tickets = "ticket,opened_at,knowledge\nT1,2026-03-01,false\nT2,2026-03-01,true\nT5,2026-03-01,false\nT6,2026-03-01,false\n";
        OperationalRecords records = OperationalRecords.none()
                .read("k.csv", new ByteArrayInputStream(LINKS.getBytes(StandardCharsets.UTF_8)), RecordMapping.preset("knowledge"), MARCH, Optional.empty())
                .read("t.csv", new ByteArrayInputStream(tickets.getBytes(StandardCharsets.UTF_8)), RecordMapping.preset("canonical"), MARCH, Optional.empty());
        // T1 (linked), T2 (flag and link) of T1, T2, T5, T6; T3 is linked but not in the export
        assertThat(records.tickets().orElseThrow().withKnowledge()).isEqualTo(2);
        assertThat(records.tickets().orElseThrow().knowledgeUseRate()).contains(0.5);
        assertThatThrownBy(() -> OperationalRecords.none()
                .read("t.csv", new ByteArrayInputStream(tickets.getBytes(StandardCharsets.UTF_8)), RecordMapping.preset("canonical"), MARCH, Optional.empty())
                .read("k.csv", new ByteArrayInputStream(LINKS.getBytes(StandardCharsets.UTF_8)), RecordMapping.preset("knowledge"), MARCH, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("k.csv: knowledge links must be read before the ticket export they count in; read this file first");
    }
}

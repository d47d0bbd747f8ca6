package dev.itss.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SnapshotReader;
import dev.itss.policy.Policy;
import dev.itss.records.ErrorPolicy;
import dev.itss.records.OperationalRecords;
import dev.itss.records.RecordMapping;
import dev.itss.records.TicketRecords;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tickets per engineer (人均工作负荷) from the export's assignees, against the median of the engineers who worked tickets. */
class TicketLoadTest {
    private static final ServiceSnapshot SNAPSHOT = SnapshotReader.standard().read(Path.of("src/test/resources/complete-snapshot.yaml"));
    private static final Policy POLICY = new Policy(Map.of(), List.of("incident"), Set.of(), Map.of());

    private static Measurements measure(String csv) {
        return Measurer.measure(SNAPSHOT, POLICY, OperationalRecords.ofTickets(Optional.of(TicketRecords.read("t.csv",
                new ByteArrayInputStream(csv.getBytes()), RecordMapping.preset("canonical"), ErrorPolicy.STOP, Optional.of(SNAPSHOT.period())))));
    }

    @Test
    void eachEngineersTicketsAgainstTheMedianOfTheEngineersWhoWorkedTickets() {
        StringBuilder csv = new StringBuilder("ticket,opened_at,assignee\n");
        String[] assignees = {"a", "a", "a", "a", "a", "a", "b", "b", "c", "c", "c", "contractor", "contractor", "contractor", "contractor", "contractor"};
        for (int i = 0; i < assignees.length; i++) {
            csv.append("T").append(i).append(",2026-07-02 08:00,").append(assignees[i]).append('\n');
        }
        Measurements m = measure(csv.toString());
        // a 6, b 2, c 3: the median of the snapshot's engineers is 3; the contractor is no engineer of the snapshot
        assertThat(m.of(MetricCatalog.TICKET_LOAD, "a").orElseThrow().value()).isEqualTo(2.0);
        assertThat(m.of(MetricCatalog.TICKET_LOAD, "b").orElseThrow().value()).isEqualTo(Math.round(2.0 / 3 * 1e9) / 1e9);
        assertThat(m.of(MetricCatalog.TICKET_LOAD, "c").orElseThrow().value()).isEqualTo(1.0);
        assertThat(m.of(MetricCatalog.TICKET_LOAD, "a").orElseThrow().inputs()).contains(Evidence.count("tickets", 6), Evidence.number("teamMedian", 3.0));
    }

    @Test
    void withoutAnAssigneeColumnTheLoadIsNotAvailableWithTheReason() {
        Measurements m = measure("ticket,opened_at\nT1,2026-07-02 08:00\n");
        assertThat(m.of(MetricCatalog.TICKET_LOAD)).singleElement().satisfies(load -> {
            assertThat(load.subject().kind()).isEqualTo("organisation");
            assertThat(load.unavailableReason()).contains("the ticket export has no assignee (columns.assignee)");
        });
    }
}

package dev.itss.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.model.ServiceSnapshot;
import dev.itss.policy.Policy;
import dev.itss.model.SnapshotReader;
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

/** An export without the data of a rate does not measure it as 0 %: the declared figure stands. */
class AbsentRecordDataTest {

    @Test
    void anExportWithoutKnowledgeReopenOrReassignmentDataLeavesThoseFiguresToTheSnapshot() {
        ServiceSnapshot snapshot = SnapshotReader.standard().read(Path.of("src/test/resources/complete-snapshot.yaml"));
        Policy policy = new Policy(Map.of(), List.of("incident"), Set.of(), Map.of());
        String changeLog = "ticket,opened_at,made_sla\nC1,2026-07-02 08:00,true\nC2,2026-07-02 09:00,false\n";
        OperationalRecords records = OperationalRecords.ofTickets(Optional.of(TicketRecords.read("c.csv",
                new ByteArrayInputStream(changeLog.getBytes()), RecordMapping.preset("canonical"), ErrorPolicy.STOP, Optional.of(snapshot.period()))));
        Measurements declared = Measurer.measure(snapshot, policy);
        Measurements measured = Measurer.measure(snapshot, policy, records);
        for (String metric : List.of(MetricCatalog.KNOWLEDGE_USE_RATE, MetricCatalog.INCIDENT_REOPEN_RATE, MetricCatalog.INCIDENT_REASSIGNMENT_RATE)) {
            assertThat(measured.of(metric)).as(metric).isEqualTo(declared.of(metric));
            assertThat(measured.of(metric)).as(metric).noneSatisfy(m -> assertThat(m.inputs()).contains(Evidence.text("source", "ticket export")));
        }
        // the SLA flag is there: that figure is the export's
        assertThat(measured.of(MetricCatalog.TICKET_SLA_ATTAINMENT, "full").orElseThrow().value()).isEqualTo(0.5);
    }
}

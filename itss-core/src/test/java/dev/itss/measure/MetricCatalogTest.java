package dev.itss.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.model.ItssDomain;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SnapshotReader;
import dev.itss.policy.Policy;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue covers every ITSS measurement item, and every entry is measured when its inputs are there. */
class MetricCatalogTest {
    private static final MetricCatalog CATALOGUE = MetricCatalog.standard();

    @Test
    void everyBandSaysWhereItsNumbersComeFromAndNoneCitesTablesThatDoNotExist() {
        // neither the seed nor GB/T 28827.1 gives numbers: a band is a project default with its reasoning, or cites what exists
        assertThat(MetricCatalog.standard().definitions()).allSatisfy(d -> assertThat(d.band().source())
                .as(d.id()).isNotBlank().doesNotContainIgnoringCase("practice tables"));
    }

    @Test
    void theCatalogueFilePassesFullValidation() throws java.io.IOException {
        // the engine reads it without Bean Validation for a fast start; this is where it is validated
        try (java.io.InputStream in = MetricCatalog.class.getClassLoader().getResourceAsStream(MetricCatalog.RESOURCE)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(MetricCatalog.reader().read(MetricCatalog.RESOURCE, text, dev.itss.read.DocumentFormat.YAML).metrics())
                    .hasSize(CATALOGUE.definitions().size());
        }
    }

    @Test
    void everyMeasurementItemOfTheDomainHasAtLeastOneMetric() {
        Set<String> covered = CATALOGUE.definitions().stream().map(MetricDefinition::item).collect(Collectors.toSet());
        List<String> items = ItssDomain.items("M-").stream().map(ItssDomain.Item::id).toList();
        assertThat(items).hasSize(38);
        assertThat(covered).as("M- items with a catalogue metric").containsAll(items);
    }

    @Test
    void everyEntryNamesAKnownItemAndHasNamesFormulaInputsAndASourcedBand() {
        Set<String> known = ItssDomain.items().stream().map(ItssDomain.Item::id).collect(Collectors.toSet());
        for (MetricDefinition d : CATALOGUE.definitions()) {
            assertThat(d.item().startsWith("M-") ? known.contains(d.item()) : d.item().matches("[LS]-\\d")).as(d.id() + " item " + d.item()).isTrue();
            assertThat(d.name().zh()).as(d.id()).isNotBlank();
            assertThat(d.band().source()).as(d.id()).isNotBlank();
            assertThat(d.id()).as("id prefix").matches("(people|tools|service_desk|spare_parts|knowledge|technology|process|supervision|tickets)\\..+");
        }
    }

    @Test
    void everyMetricIdConstantIsInTheCatalogueAndEveryEntryHasAConstant() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : MetricCatalog.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && !field.getName().equals("RESOURCE")) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(constants).containsExactlyInAnyOrderElementsOf(CATALOGUE.definitions().stream().map(MetricDefinition::id).toList());
    }

    @Test
    void aCompleteSnapshotHasEveryMetricMeasured() {
        ServiceSnapshot snapshot = SnapshotReader.standard().read(Path.of("src/test/resources/complete-snapshot.yaml"));
        java.util.Optional<dev.itss.records.TicketKpis> records = java.util.Optional.of(dev.itss.records.TicketRecords.read("t.csv",
                new java.io.ByteArrayInputStream(("ticket,opened_at,resolved_at,made_sla,knowledge,reopens,reassignments,type,first_contact,emergency,outcome,assignee\n"
                        + "T1,2026-07-02 08:00,2026-07-02 12:00,true,true,0,1,INCIDENT,true,,,a\nT2,2026-07-03 08:00,,false,false,1,0,INCIDENT,false,,,b\n"
                        + "C1,2026-07-03 08:00,2026-07-03 09:00,true,false,0,0,CHANGE,,true,SUCCESSFUL,a\n"
                        + "L1,2026-07-03 08:00,2026-07-03 09:00,true,false,0,0,RELEASE,,,FAILED,c\n").getBytes()),
                dev.itss.records.RecordMapping.preset("canonical"), dev.itss.records.ErrorPolicy.STOP, java.util.Optional.of(snapshot.period())));
        dev.itss.records.OperationalRecords all = dev.itss.records.OperationalRecords.ofTickets(records).read("c.csv",
                new java.io.ByteArrayInputStream("call,offered_at,answered,abandoned\nC1,2026-07-02 08:00:00,false,true\n".getBytes()),
                dev.itss.records.RecordMapping.preset("calls"), snapshot.period(), java.util.Optional.empty());
        Measurements measurements = Measurer.measure(snapshot, new Policy(Map.of(), List.of("incident"), Set.of(), Map.of()), all);
        for (MetricDefinition d : CATALOGUE.definitions()) {
            assertThat(measurements.of(d.id())).as(d.id()).anySatisfy(m -> assertThat(m.available()).as(d.id() + ": " + m.unavailableReason()).isTrue());
        }
    }

    @Test
    void measuresTheNewMetricsByTheirDefinitions() {
        ServiceSnapshot snapshot = SnapshotReader.standard().read(Path.of("src/test/resources/complete-snapshot.yaml"));
        Measurements m = Measurer.measure(snapshot, new Policy(Map.of(), List.of("incident"), Set.of(), Map.of()));
        assertThat(m.of(MetricCatalog.ENGINEER_AVAILABILITY, "a").orElseThrow().value()).isEqualTo(0.92);
        assertThat(m.of(MetricCatalog.POST_QUALIFICATION_RATE, "desk").orElseThrow().value()).isEqualTo(0.5);
        assertThat(m.of(MetricCatalog.RESPONSIBILITIES_AGE_DAYS, "desk").orElseThrow().value()).isEqualTo(263);
        // 1 departure over 3 engineers + 1, annualised over 92 days
        assertThat(m.of(MetricCatalog.TURNOVER_RATE, "full").orElseThrow().value()).isEqualTo(Math.round(365.0 / 92 / 4 * 1e9) / 1e9);
        assertThat(m.of(MetricCatalog.TOOL_AVAILABILITY, "itsm").orElseThrow().value()).isEqualTo(Math.round(2204.0 / 2208 * 1e9) / 1e9);
        assertThat(m.of(MetricCatalog.PHONE_RESOLUTION_MINUTES, "service-desk").orElseThrow().value()).isEqualTo(7.0);
        assertThat(m.of(MetricCatalog.SPARE_PART_DAMAGE_RATE, "spare-parts-store").orElseThrow().value()).isEqualTo(0.1);
        assertThat(m.of(MetricCatalog.SPARE_PART_REUSE_RATE, "spare-parts-store").orElseThrow().value()).isEqualTo(0.2);
        assertThat(m.of(MetricCatalog.NEW_ARTICLES_PER_100_TICKETS, "knowledge-base").orElseThrow().value()).isEqualTo(0.1);
        assertThat(m.of(MetricCatalog.KNOWLEDGE_UPDATE_RATE, "knowledge-base").orElseThrow().value()).isEqualTo(Math.round(2.0 / 3 * 1e9) / 1e9);
        assertThat(m.of(MetricCatalog.KNOWLEDGE_CATEGORY_CONCENTRATION, "knowledge-base").orElseThrow().value()).isEqualTo(Math.round(2.0 / 3 * 1e9) / 1e9);
        assertThat(m.of(MetricCatalog.PLAN_COMPLETION, "full").orElseThrow().value()).isEqualTo(0.5);
        assertThat(m.of(MetricCatalog.AUTOMATION_RATE, "full").orElseThrow().value()).isEqualTo(0.5);
        assertThat(m.of(MetricCatalog.RND_TIME_SHARE, "full").orElseThrow().value()).isEqualTo(Math.round(40.0 / 1270 * 1e9) / 1e9);
        assertThat(m.of(MetricCatalog.ONSITE_RESPONSE_MINUTES, "full").orElseThrow().value()).isEqualTo(35.0);
        assertThat(m.of(MetricCatalog.SLA_COVERAGE, "full").orElseThrow().value()).isEqualTo(0.5);
        assertThat(m.of(MetricCatalog.RISKS_OVERDUE, "full").orElseThrow().value()).isEqualTo(1.0);
        assertThat(m.of(MetricCatalog.SECURITY_POLICY_PRESENT, "full").orElseThrow().value()).isEqualTo(1.0);
        assertThat(m.of(MetricCatalog.QUALITY_SCORE, "responsiveness").orElseThrow().value()).isEqualTo(3.6);
    }

    @Test
    void recordsTakeThePlaceOfDeclaredFiguresOnlyWhereTheyGiveOne() {
        ServiceSnapshot snapshot = SnapshotReader.standard().read(Path.of("src/test/resources/complete-snapshot.yaml"));
        Policy policy = new Policy(Map.of(), List.of("incident"), Set.of(), Map.of());
        Measurements declared = Measurer.measure(snapshot, policy);
        // three calls in the period, none resolved on the call: the answer rate comes from them, the call time does not
        dev.itss.records.OperationalRecords calls = dev.itss.records.OperationalRecords.none().read("c.csv",
                new java.io.ByteArrayInputStream(("call,offered_at,answered,abandoned\nC1,2026-07-02 08:00:00,true,false\n"
                        + "C2,2026-07-02 09:00:00,false,true\nC3,2026-07-02 10:00:00,true,false\n").getBytes()),
                dev.itss.records.RecordMapping.preset("calls"), snapshot.period(), java.util.Optional.empty());
        Measurements measured = Measurer.measure(snapshot, policy, calls);
        Measurement answer = measured.of(MetricCatalog.ANSWER_RATE, "service-desk").orElseThrow();
        assertThat(answer.value()).isEqualTo(Math.round(2.0 / 3 * 1e9) / 1e9);
        assertThat(answer.inputs()).contains(Evidence.text("source", "call records"));
        assertThat(measured.of(MetricCatalog.PHONE_RESOLUTION_MINUTES, "service-desk").orElseThrow())
                .isEqualTo(declared.of(MetricCatalog.PHONE_RESOLUTION_MINUTES, "service-desk").orElseThrow());
        assertThat(measured.of(MetricCatalog.ABANDONMENT_RATE, "service-desk").orElseThrow().value()).isEqualTo(Math.round(1.0 / 3 * 1e9) / 1e9);
        assertThat(declared.of(MetricCatalog.ABANDONMENT_RATE, "service-desk").orElseThrow().unavailableReason()).contains("no call records given");
    }

    @Test
    void aGroupedExportIsMeasuredPerGroupToo() {
        ServiceSnapshot snapshot = SnapshotReader.standard().read(Path.of("src/test/resources/complete-snapshot.yaml"));
        String csv = "ticket,opened_at,made_sla,assignment_group,type,outcome\nA,2026-07-02 08:00,true,Desk,INCIDENT,\n"
                + "B,2026-07-02 08:00,false,Network,INCIDENT,\nC,2026-07-02 08:00,true,Network,CHANGE,FAILED\n";
        dev.itss.records.OperationalRecords records = dev.itss.records.OperationalRecords.ofTickets(java.util.Optional.of(
                dev.itss.records.TicketRecords.read("t.csv", new java.io.ByteArrayInputStream(csv.getBytes()), dev.itss.records.RecordMapping.preset("canonical"),
                        new dev.itss.records.TicketRecords.Options(dev.itss.records.ErrorPolicy.STOP, java.util.Optional.of(snapshot.period()),
                                dev.itss.records.GroupBy.ASSIGNMENT_GROUP))));
        Measurements m = Measurer.measure(snapshot, new Policy(Map.of(), List.of("incident"), Set.of(), Map.of()), records);
        assertThat(m.of(MetricCatalog.TICKET_SLA_ATTAINMENT)).extracting(x -> x.subject().kind() + ":" + x.subject().id(), Measurement::value)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("organisation:full", Math.round(2.0 / 3 * 1e9) / 1e9),
                        org.assertj.core.groups.Tuple.tuple("assignment-group:Desk", 1.0), org.assertj.core.groups.Tuple.tuple("assignment-group:Network", 0.5));
        // Desk has no change: its change metrics are left out, not reported missing once per group
        // the export's change success takes the place of the declared one, for the organisation and the group that has changes
        assertThat(m.of(MetricCatalog.CHANGE_SUCCESS_RATE)).extracting(x -> x.subject().id()).containsExactlyInAnyOrder("full", "Network");
        assertThat(m.of(MetricCatalog.CHANGE_SUCCESS_RATE)).allSatisfy(x -> assertThat(x.inputs()).contains(Evidence.text("source", "ticket export")));
        // the export has no release: the declared rollback rate stands, once, without a source
        assertThat(m.of(MetricCatalog.RELEASE_ROLLBACK_RATE)).singleElement().satisfies(x -> {
            assertThat(x.subject().id()).isEqualTo("full");
            assertThat(x.inputs()).noneMatch(e -> e.name().equals("source"));
        });
    }
}

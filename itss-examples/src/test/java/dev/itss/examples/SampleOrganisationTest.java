package dev.itss.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.check.Finding;
import dev.itss.model.Element;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo data tells the story the README promises. */
class SampleOrganisationTest {
    private static final AssessmentEngine ENGINE = AssessmentEngine.load();

    @Test
    void theHospitalHasFindingsInAllFourElements() {
        Assessment assessment = ENGINE.assess(SampleOrganisation.HOSPITAL.snapshot());
        Set<Element> elements = assessment.findings().findings().stream().map(Finding::element)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Element.class)));
        assertThat(elements).contains(Element.PEOPLE, Element.RESOURCES, Element.TECHNOLOGY, Element.PROCESS);
        Set<String> rules = assessment.findings().findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        // the story: understaffed service desk, missing SOPs, low knowledge reuse, stale spare parts
        assertThat(rules).contains("PPL-001", "RES-001", "TEC-001", "RES-003", "RES-004");
        assertThat(assessment.findings().ofRule("PPL-001")).extracting(f -> f.subject().id()).contains("desk");
        // and what no single-element check sees
        assertThat(rules).contains("PPL-010", "RES-017", "PRC-020", "PRC-021");
        assertThat(assessment.plan().actions()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(assessment.scores().overall()).hasValueSatisfying(score -> assertThat(score).isLessThan(50.0));
    }

    @Test
    void theHealthierOrganisationHasClearlyFewerFindings() {
        int hospital = ENGINE.assess(SampleOrganisation.HOSPITAL.snapshot()).findings().findings().size();
        int logistics = ENGINE.assess(SampleOrganisation.LOGISTICS.snapshot()).findings().findings().size();
        assertThat(logistics).isPositive().isLessThanOrEqualTo(hospital / 4);
        double hospitalScore = ENGINE.assess(SampleOrganisation.HOSPITAL.snapshot()).scores().overall().orElseThrow();
        double logisticsScore = ENGINE.assess(SampleOrganisation.LOGISTICS.snapshot()).scores().overall().orElseThrow();
        assertThat(logisticsScore).isGreaterThan(hospitalScore + 30);
    }

    @Test
    void samplesAreFoundByName() {
        assertThat(SampleOrganisation.named("Logistics")).isEqualTo(SampleOrganisation.LOGISTICS);
        assertThatThrownBy(() -> SampleOrganisation.named("bank"))
                .hasMessage("unknown sample organisation 'bank'; expected one of [hospital, logistics]");
    }

    @Test
    void theHospitalShipsEveryKindOfRecordAndTheyTellTheSameStory() {
        dev.itss.policy.Policy policy = ENGINE.defaultPolicy();
        dev.itss.records.OperationalRecords records = SampleOrganisation.HOSPITAL.records(SampleOrganisation.HOSPITAL.snapshot(), policy);
        assertThat(records.tickets()).isPresent();
        assertThat(records.calls()).isPresent();
        assertThat(records.spares()).isPresent();
        assertThat(records.timesheets()).isPresent();
        assertThat(records.knowledgeLinks()).isPresent();
        Assessment assessment = ENGINE.assess(SampleOrganisation.HOSPITAL.snapshot(), policy, records);
        // the call records agree with the declared desk counts, and add what the snapshot cannot say
        assertThat(assessment.measurements().of("service_desk.answer_rate", "service-desk")).hasValueSatisfying(m -> {
            assertThat(m.value()).isEqualTo(0.85);
            assertThat(m.inputs()).contains(dev.itss.measure.Evidence.text("source", "call records"));
        });
        // 480 of the 630 missed calls were abandoned in the queue: counted once, by RES-001
        assertThat(assessment.measurements().of("service_desk.abandonment_rate", "service-desk")).hasValueSatisfying(m -> assertThat(m.available()).isTrue());
        assertThat(assessment.findings().ofRule("RES-001")).hasSize(1);
        assertThat(assessment.findings().ofRule("RES-021")).isEmpty();
        // the timesheets confirm the overloaded desk agents
        assertThat(assessment.findings().ofRule("PPL-003")).extracting(f -> f.subject().id()).contains("wang-lei", "li-na");
        // the logistics centre ships a ticket export only: the records-only rule is not assessed, not passed
        dev.itss.records.OperationalRecords logistics = SampleOrganisation.LOGISTICS.records(SampleOrganisation.LOGISTICS.snapshot(), policy);
        assertThat(logistics.calls()).isEmpty();
        assertThat(ENGINE.assess(SampleOrganisation.LOGISTICS.snapshot(), policy, logistics).findings().notAvailable())
                .extracting(n -> n.ruleId()).contains("RES-021");
    }
}

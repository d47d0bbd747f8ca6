package dev.itss.rules.process;

import dev.itss.model.Severity;
import dev.itss.model.Subject;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/** PRC-003: agreed attainment target minus attainment (warning above 0, breach above 5 points). */
class Prc003SlaMissedTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    private static String service(double target, int inScope, int met) {
        return """
                services:
                  - id: his
                    name: Hospital information system
                    sla: {attainmentTarget: %s}
                    tickets: {inScope: %d, metSla: %d}
                """.formatted(target, inScope, met);
    }

    @Test
    void flagsAServiceFarBelowItsSla() {
        VERIFIER.verify("PRC-003").given(service(0.95, 200, 170))
                .flags(1).about("his").withSeverity(Severity.HIGH)
                .withEvidence("attainment", 0.85).withEvidence("target", 0.95).withEvidence("metSla", 170);
    }

    @Test
    void justifiesWithTheServiceItsAttainmentAndItsTarget() {
        VERIFIER.verify("PRC-003").given(service(0.95, 200, 170))
                .justifiesExactly(new SlaMissed(new Subject("service", "his", "Hospital information system"), 0.85, 0.95, 170, 200));
    }

    /** An export of {@code made} of {@code tickets} HIS tickets that made their SLA, and one Mail ticket that did not. */
    private static String export(int tickets, int made) {
        StringBuilder csv = new StringBuilder("ticket,opened_at,resolved_at,state,made_sla,service\n");
        for (int i = 0; i < tickets; i++) {
            csv.append("T").append(i).append(",2026-03-02 09:00:00,2026-03-02 10:00:00,RESOLVED,").append(i < made).append(",his\n");
        }
        return csv.append("M1,2026-03-02 09:00:00,2026-03-02 10:00:00,RESOLVED,false,mail\n").toString();
    }

    @Test
    void theExportsCountsReplaceTheDeclaredOnesOnlyForTheServicesItCovers() {
        String services = service(0.95, 200, 170) + """
                  - {id: pacs, name: PACS, sla: {attainmentTarget: 0.95}, tickets: {inScope: 100, metSla: 80}}
                """;
        // the export says HIS made its SLA on 19 of 20 tickets: no longer 170 of 200; PACS, which it does not name, keeps its 80 of 100
        var result = VERIFIER.verify("PRC-003").withRecords(export(20, 19)).given(services);
        result.flags(1).about("pacs").withEvidence("metSla", 80);
        VERIFIER.verify("PRC-003").withRecords(export(20, 15)).given(services).flags(2);
        VERIFIER.verify("PRC-003").withRecords(export(20, 15)).given(service(0.95, 200, 199))
                .flags(1).about("his").withEvidence("metSla", 15).withEvidence("inScope", 20).withEvidence("source", "ticket export");
    }

    @Test
    void aServiceHasOneSlaFigureEvenWhenTheExportIsGroupedByService() {
        var result = VERIFIER.verify("PRC-003").withRecords(export(20, 15)).groupingTicketsBy("service").given(service(0.95, 200, 199));
        var figures = result.assessment().measurements();
        org.assertj.core.api.Assertions.assertThat(figures.of("tickets.sla_attainment", "his")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(figures.of("process.sla_shortfall", "his")).hasValueSatisfying(m ->
                org.assertj.core.api.Assertions.assertThat(m.value()).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-9)));
        // a group that is not a service of the snapshot keeps the export's figure
        org.assertj.core.api.Assertions.assertThat(figures.of("tickets.sla_attainment", "mail")).isPresent();
    }

    @Test
    void flagsASmallShortfallAsAWarning() {
        VERIFIER.verify("PRC-003").given(service(0.95, 100, 93)).flags(1).withSeverity(Severity.MEDIUM);
    }

    @Test
    void staysSilentWhenTheSlaIsMet() {
        VERIFIER.verify("PRC-003").given(service(0.95, 100, 95)).flagsNothing();
        VERIFIER.verify("PRC-003").given(service(0.95, 100, 99)).flagsNothing();
    }

    @Test
    void breachBoundIsOnTheGoodSide() {
        VERIFIER.verify("PRC-003").given(service(0.90, 100, 85)).flags(1).withSeverity(Severity.MEDIUM);   // 5 points short
        VERIFIER.verify("PRC-003").given(service(0.90, 100, 84)).flags(1).withSeverity(Severity.HIGH);     // 6 points short
    }

    @Test
    void reportsNotAvailableWithoutSlaOrTickets() {
        VERIFIER.verify("PRC-003").given("services: [{id: his, name: HIS}]").reportsNotAvailableBecause("no SLA agreed");
        VERIFIER.verify("PRC-003").given("services: [{id: his, name: HIS, sla: {attainmentTarget: 0.9}}]").reportsNotAvailableBecause("no tickets");
    }
}

package dev.itss.rules.resources;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/** RES-005: part requests filled from stock, summed over the store (warning below 95 %, breach below 85 %). */
class Res005SparePartsRarelyHitTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    private static String store(int requestsA, int hitsA, int requestsB, int hitsB) {
        return """
                resources:
                  spareParts:
                    - {id: A, name: Disk, quantity: 1, unitValue: 100, stockedOn: 2025-01-01, lastUsed: 2026-03-01, requests: %d, hits: %d, damaged: 0}
                    - {id: B, name: PSU, quantity: 1, unitValue: 100, stockedOn: 2025-01-01, lastUsed: 2026-03-01, requests: %d, hits: %d, damaged: 0}
                """.formatted(requestsA, hitsA, requestsB, hitsB);
    }

    @Test
    void flagsAStoreThatOftenCannotFillRequests() {
        VERIFIER.verify("RES-005").given(store(10, 5, 10, 9))
                .flags(1).about("spare-parts-store").withSeverity(Severity.MEDIUM)
                .withEvidence("hits", 14).withEvidence("requests", 20).withEvidence("observed", 0.7);
    }

    @Test
    void namesThePartsThatMissed() {
        VERIFIER.verify("RES-005").given(store(10, 5, 10, 9)).justifiesExactly(new PartsMissed(
                new dev.itss.model.Subject("spare-parts-store", "spare-parts-store", "Spare-parts store"), java.util.List.of("Disk (5 / 10)", "PSU (9 / 10)")));
        VERIFIER.verify("RES-005").given(store(10, 5, 10, 10)).flags(1).withEvidence("missed", java.util.List.of("Disk (5 / 10)"));
    }

    @Test
    void staysSilentWhenNearlyEveryRequestIsFilled() {
        VERIFIER.verify("RES-005").given(store(10, 10, 10, 10)).flagsNothing();
    }

    @Test
    void boundsAreOnTheGoodSide() {
        VERIFIER.verify("RES-005").given(store(10, 9, 10, 10)).flagsNothing();                               // 95 %
        VERIFIER.verify("RES-005").given(store(10, 7, 10, 10)).flags(1).withSeverity(Severity.LOW);         // 85 %
        VERIFIER.verify("RES-005").given(store(10, 6, 10, 10)).flags(1).withSeverity(Severity.MEDIUM);      // 80 %
    }

    @Test
    void reportsNotAvailableWithoutRequests() {
        VERIFIER.verify("RES-005").given(store(0, 0, 0, 0)).reportsNotAvailableBecause("no spare-part requests");
    }
}

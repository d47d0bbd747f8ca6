package dev.itss.rules.resources;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/** RES-004: days since a part was last issued, measured at the period end 2026-03-31 (warning above 180, breach above 365). */
class Res004SparePartIdleTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    private static String part(String stockedOn, String lastUsed) {
        return """
                resources:
                  spareParts:
                    - {id: SP-42, name: 600 GB SAS disk, quantity: 6, unitValue: 1200.50, stockedOn: %s, %s requests: 2, hits: 2, damaged: 0}
                """.formatted(stockedOn, lastUsed == null ? "" : "lastUsed: " + lastUsed + ",");
    }

    @Test
    void flagsAPartUnusedForOverAYear() {
        VERIFIER.verify("RES-004").given(part("2023-01-10", "2024-12-31"))
                .flags(1).about("SP-42").withSeverity(Severity.LOW)
                .withEvidence("observed", 455).withEvidence("lastUsed", "2024-12-31").withEvidence("quantity", 6)
                .withEvidence("stockValue", new java.math.BigDecimal("7203.00"));
    }

    @Test
    void countsANeverIssuedPartFromItsStockingDay() {
        VERIFIER.verify("RES-004").given(part("2025-08-01", null))
                .flags(1).withSeverity(Severity.INFO).withEvidence("lastUsed", "never").withEvidence("observed", 242);
    }

    @Test
    void staysSilentForAPartInUse() {
        VERIFIER.verify("RES-004").given(part("2023-01-10", "2026-03-01")).flagsNothing();
    }

    @Test
    void boundsAreOnTheGoodSide() {
        VERIFIER.verify("RES-004").given(part("2023-01-10", "2025-10-02")).flagsNothing();                              // 180 days
        VERIFIER.verify("RES-004").given(part("2023-01-10", "2025-10-01")).flags(1).withSeverity(Severity.INFO);        // 181 days
        VERIFIER.verify("RES-004").given(part("2023-01-10", "2025-03-31")).flags(1).withSeverity(Severity.INFO);        // 365 days
        VERIFIER.verify("RES-004").given(part("2023-01-10", "2025-03-30")).flags(1).withSeverity(Severity.LOW);         // 366 days
    }

    @Test
    void reportsNotAvailableWithoutSpareParts() {
        VERIFIER.verify("RES-004").given("resources: {spareParts: []}").reportsNotAvailableBecause("resources.spareParts");
    }
}

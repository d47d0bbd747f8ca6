package dev.itss.rules.supervision;

import static dev.itss.rules.Fixtures.supervision;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** SUP-003: a quality attribute's score, 1 to 5 (warning below 4, breach below 3). */
class Sup003ServiceQualityBelowTargetTest extends BandRuleTest {

    Sup003ServiceQualityBelowTargetTest() {
        super("SUP-003", Severity.MEDIUM, "security");
    }

    @Override
    protected String breach() {
        return supervision("  quality: {security: 2.5, reliability: 4.5, responsiveness: 4.5, tangibility: 4.5, friendliness: 4.5}\n");
    }

    @Override
    protected String warning() {
        return supervision("  quality: {security: 3.5, reliability: 4.5, responsiveness: 4.5, tangibility: 4.5, friendliness: 4.5}\n");
    }

    @Override
    protected String atWarningBound() {
        return supervision("  quality: {security: 4.0, reliability: 4.5, responsiveness: 4.5, tangibility: 4.5, friendliness: 4.5}\n");
    }

    @Override
    protected String withoutInputs() {
        return supervision("  risks: []\n");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"observed", 2.5};
    }
}

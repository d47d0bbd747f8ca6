package dev.itss.rules.people;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PPL-005: contracted hours not lost to absence (warning below 90 %, breach below 80 %). */
class Ppl005EngineerAvailabilityLowTest extends BandRuleTest {

    Ppl005EngineerAvailabilityLowTest() {
        super("PPL-005", Severity.MEDIUM, "e1");
    }

    private static String engineer(String absence) {
        return "people:\n  posts: [{id: ops, name: Ops, requiredHeadcount: 1}]\n"
                + "  engineers: [{id: e1, name: E1, post: ops, contractedHours: 500, workedHours: 300, workMode: ON_SITE" + absence + "}]\n";
    }

    @Override
    protected String breach() {
        return engineer(", absenceHours: 150");
    }

    @Override
    protected String warning() {
        return engineer(", absenceHours: 75");
    }

    @Override
    protected String atWarningBound() {
        return engineer(", absenceHours: 50");
    }

    @Override
    protected String withoutInputs() {
        return engineer("");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"absenceHours", 150, "observed", 0.7};
    }
}

package dev.itss.rules.process;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-006: an engineer's KPI score, 0 to 100 (warning below 80, breach below 60). */
class Prc006EngineerKpiBelowTargetTest extends BandRuleTest {

    Prc006EngineerKpiBelowTargetTest() {
        super("PRC-006", Severity.MEDIUM, "e1");
    }

    private static String engineer(String score) {
        return "people:\n  posts: [{id: ops, name: Ops, requiredHeadcount: 1}]\n"
                + "  engineers: [{id: e1, name: E1, post: ops, contractedHours: 500, workedHours: 400, workMode: ON_SITE" + score + "}]\n";
    }

    @Override
    protected String breach() {
        return engineer(", kpiScore: 50");
    }

    @Override
    protected String warning() {
        return engineer(", kpiScore: 70");
    }

    @Override
    protected String atWarningBound() {
        return engineer(", kpiScore: 80");
    }

    @Override
    protected String withoutInputs() {
        return engineer("");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"observed", 50};
    }
}

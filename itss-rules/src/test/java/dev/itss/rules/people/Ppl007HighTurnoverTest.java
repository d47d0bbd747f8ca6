package dev.itss.rules.people;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PPL-007: departures over engineers plus departures, annualised; a year-long period makes the rate exact (warning above 15 %, breach above 25 %). */
class Ppl007HighTurnoverTest extends BandRuleTest {

    Ppl007HighTurnoverTest() {
        super("PPL-007", Severity.HIGH, "test-org");
    }

    private static String team(int staying, int left) {
        StringBuilder yaml = new StringBuilder("period: {start: 2026-01-01, end: 2026-12-31}\npeople:\n  posts: [{id: ops, name: Ops, requiredHeadcount: 1}]\n  engineers:\n");
        for (int i = 0; i < staying; i++) {
            yaml.append("    - {id: e").append(i).append(", name: E").append(i).append(", post: ops, contractedHours: 500, workedHours: 400, workMode: ON_SITE}\n");
        }
        yaml.append("  departures:\n");
        for (int i = 0; i < left; i++) {
            yaml.append("    - {id: d").append(i).append(", post: ops, leftOn: 2026-06-30}\n");
        }
        return yaml.toString();
    }

    @Override
    protected String breach() {
        return team(7, 3);
    }

    @Override
    protected String warning() {
        return team(8, 2);
    }

    @Override
    protected String atWarningBound() {
        return team(17, 3);
    }

    @Override
    protected String withoutInputs() {
        return "people:\n  posts: [{id: ops, name: Ops, requiredHeadcount: 1}]\n";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"departures", 3, "observed", 0.3};
    }
}

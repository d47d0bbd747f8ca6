package dev.itss.rules.people;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PPL-004: engineers on a post holding all its required skills (warning below 100 %, breach below 70 %). */
class Ppl004PostLacksQualifiedEngineersTest extends BandRuleTest {

    Ppl004PostLacksQualifiedEngineersTest() {
        super("PPL-004", Severity.MEDIUM, "desk");
    }

    /** Ten engineers on the desk post, the first {@code qualified} holding its required skill. */
    private static String desk(int qualified) {
        StringBuilder yaml = new StringBuilder("people:\n  posts: [{id: desk, name: Desk, requiredHeadcount: 10, requiredSkills: [itil]}]\n  engineers:\n");
        for (int i = 0; i < 10; i++) {
            yaml.append("    - {id: e").append(i).append(", name: E").append(i).append(", post: desk, skills: [")
                    .append(i < qualified ? "itil" : "").append("], contractedHours: 500, workedHours: 400, workMode: ON_SITE}\n");
        }
        return yaml.toString();
    }

    @Override
    protected String breach() {
        return desk(6);
    }

    @Override
    protected String warning() {
        return desk(8);
    }

    @Override
    protected String atWarningBound() {
        return desk(10);
    }

    @Override
    protected String withoutInputs() {
        return "people:\n  posts: [{id: desk, name: Desk, requiredHeadcount: 1}]\n  engineers: [{id: e, name: E, post: desk, contractedHours: 1, workedHours: 1, workMode: REMOTE}]\n";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"qualified", 6, "engineers", 10};
    }
}

package dev.itss.rules.people;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PPL-009: post-training test pass rate (warning below 95 %, breach below 85 %). */
class Ppl009TrainingNotEffectiveTest extends BandRuleTest {

    Ppl009TrainingNotEffectiveTest() {
        super("PPL-009", Severity.MEDIUM, "test-org");
    }

    private static String training(int passed) {
        return "people:\n  training: {trainees: 20, passed: " + passed + "}\n";
    }

    @Override
    protected String breach() {
        return training(16);
    }

    @Override
    protected String warning() {
        return training(18);
    }

    @Override
    protected String atWarningBound() {
        return training(19);
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"passed", 16, "trainees", 20};
    }
}

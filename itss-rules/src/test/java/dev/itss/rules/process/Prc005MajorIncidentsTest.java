package dev.itss.rules.process;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-005: major incidents of a service (warning above 0, breach above 2). */
class Prc005MajorIncidentsTest extends BandRuleTest {

    Prc005MajorIncidentsTest() {
        super("PRC-005", Severity.HIGH, "s1");
    }

    private static String service(String tickets) {
        return "services: [{id: s1, name: Service 1, sla: {attainmentTarget: 0.9}, tickets: {inScope: 100, metSla: 95" + tickets + "}}]\n";
    }

    @Override
    protected String breach() {
        return service(", major: 3");
    }

    @Override
    protected String warning() {
        return service(", major: 1");
    }

    @Override
    protected String atWarningBound() {
        return service(", major: 0");
    }

    @Override
    protected String withoutInputs() {
        return service("");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"observed", 3};
    }
}

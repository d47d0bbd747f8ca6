package dev.itss.rules.process;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-004: services with an agreed SLA (warning below 100 %, breach below 80 %). */
class Prc004ServicesWithoutSlaTest extends BandRuleTest {

    Prc004ServicesWithoutSlaTest() {
        super("PRC-004", Severity.HIGH, "test-org");
    }

    @Override
    protected String breach() {
        return list("services:", 10, 7, i -> "id: s" + i + ", name: Service " + i + ", sla: {attainmentTarget: 0.9}", i -> "id: s" + i + ", name: Service " + i);
    }

    @Override
    protected String warning() {
        return list("services:", 10, 9, i -> "id: s" + i + ", name: Service " + i + ", sla: {attainmentTarget: 0.9}", i -> "id: s" + i + ", name: Service " + i);
    }

    @Override
    protected String atWarningBound() {
        return list("services:", 10, 10, i -> "id: s" + i + ", name: Service " + i + ", sla: {attainmentTarget: 0.9}", i -> "id: s" + i + ", name: Service " + i);
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"withSla", 7, "services", 10};
    }
}

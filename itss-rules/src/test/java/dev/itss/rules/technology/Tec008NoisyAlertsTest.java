package dev.itss.rules.technology;

import static dev.itss.rules.Fixtures.monitoring;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** TEC-008: alerts that needed no action (warning above 20 %, breach above 40 %). */
class Tec008NoisyAlertsTest extends BandRuleTest {

    Tec008NoisyAlertsTest() {
        super("TEC-008", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return monitoring("configurationItems: 1, monitoredItems: 1, alerts: 100, falseAlerts: 50");
    }

    @Override
    protected String warning() {
        return monitoring("configurationItems: 1, monitoredItems: 1, alerts: 100, falseAlerts: 30");
    }

    @Override
    protected String atWarningBound() {
        return monitoring("configurationItems: 1, monitoredItems: 1, alerts: 100, falseAlerts: 20");
    }

    @Override
    protected String withoutInputs() {
        return monitoring("configurationItems: 1, monitoredItems: 1, alerts: 0, falseAlerts: 0");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"falseAlerts", 50, "alerts", 100};
    }
}

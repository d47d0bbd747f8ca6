package dev.itss.rules.technology;

import static dev.itss.rules.Fixtures.monitoring;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** TEC-007: configuration items under monitoring (warning below 95 %, breach below 80 %). */
class Tec007MonitoringGapsTest extends BandRuleTest {

    Tec007MonitoringGapsTest() {
        super("TEC-007", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return monitoring("configurationItems: 100, monitoredItems: 70, alerts: 0, falseAlerts: 0");
    }

    @Override
    protected String warning() {
        return monitoring("configurationItems: 100, monitoredItems: 90, alerts: 0, falseAlerts: 0");
    }

    @Override
    protected String atWarningBound() {
        return monitoring("configurationItems: 100, monitoredItems: 95, alerts: 0, falseAlerts: 0");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"monitored", 70, "items", 100};
    }
}

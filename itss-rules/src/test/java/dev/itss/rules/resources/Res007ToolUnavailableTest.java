package dev.itss.rules.resources;

import static dev.itss.rules.Fixtures.tool;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** RES-007: tool availability (warning below 99.5 %, breach below 98 %). */
class Res007ToolUnavailableTest extends BandRuleTest {

    Res007ToolUnavailableTest() {
        super("RES-007", Severity.HIGH, "itsm");
    }

    @Override
    protected String breach() {
        return tool("requirements: 1, requirementsMet: 1, plannedHours: 1000, downtimeHours: 30, failures: 0");
    }

    @Override
    protected String warning() {
        return tool("requirements: 1, requirementsMet: 1, plannedHours: 1000, downtimeHours: 10, failures: 0");
    }

    @Override
    protected String atWarningBound() {
        return tool("requirements: 1, requirementsMet: 1, plannedHours: 1000, downtimeHours: 5, failures: 0");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"downtimeHours", 30, "observed", 0.97};
    }
}

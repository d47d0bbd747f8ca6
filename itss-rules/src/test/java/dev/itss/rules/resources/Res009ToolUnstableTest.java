package dev.itss.rules.resources;

import static dev.itss.rules.Fixtures.tool;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** RES-009: tool failures in the period (warning above 1, breach above 3). */
class Res009ToolUnstableTest extends BandRuleTest {

    Res009ToolUnstableTest() {
        super("RES-009", Severity.MEDIUM, "itsm");
    }

    @Override
    protected String breach() {
        return tool("requirements: 1, requirementsMet: 1, plannedHours: 1, downtimeHours: 0, failures: 4");
    }

    @Override
    protected String warning() {
        return tool("requirements: 1, requirementsMet: 1, plannedHours: 1, downtimeHours: 0, failures: 2");
    }

    @Override
    protected String atWarningBound() {
        return tool("requirements: 1, requirementsMet: 1, plannedHours: 1, downtimeHours: 0, failures: 1");
    }

    @Override
    protected String withoutInputs() {
        return "resources: {tools: []}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"observed", 4};
    }
}

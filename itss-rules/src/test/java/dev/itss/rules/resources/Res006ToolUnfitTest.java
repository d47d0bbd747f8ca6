package dev.itss.rules.resources;

import static dev.itss.rules.Fixtures.tool;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** RES-006: requirements a tool supports (warning below 90 %, breach below 70 %). */
class Res006ToolUnfitTest extends BandRuleTest {

    Res006ToolUnfitTest() {
        super("RES-006", Severity.MEDIUM, "itsm");
    }

    @Override
    protected String breach() {
        return tool("requirements: 10, requirementsMet: 6, plannedHours: 100, downtimeHours: 0, failures: 0");
    }

    @Override
    protected String warning() {
        return tool("requirements: 10, requirementsMet: 8, plannedHours: 100, downtimeHours: 0, failures: 0");
    }

    @Override
    protected String atWarningBound() {
        return tool("requirements: 10, requirementsMet: 9, plannedHours: 100, downtimeHours: 0, failures: 0");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"requirementsMet", 6, "requirements", 10};
    }
}

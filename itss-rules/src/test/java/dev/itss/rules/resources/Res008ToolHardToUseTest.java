package dev.itss.rules.resources;

import static dev.itss.rules.Fixtures.tool;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** RES-008: users' usability score of a tool, 1 to 5 (warning below 4, breach below 3). */
class Res008ToolHardToUseTest extends BandRuleTest {

    Res008ToolHardToUseTest() {
        super("RES-008", Severity.LOW, "itsm");
    }

    @Override
    protected String breach() {
        return tool("requirements: 1, requirementsMet: 1, plannedHours: 1, downtimeHours: 0, failures: 0, usabilityScore: 2.5");
    }

    @Override
    protected String warning() {
        return tool("requirements: 1, requirementsMet: 1, plannedHours: 1, downtimeHours: 0, failures: 0, usabilityScore: 3.5");
    }

    @Override
    protected String atWarningBound() {
        return tool("requirements: 1, requirementsMet: 1, plannedHours: 1, downtimeHours: 0, failures: 0, usabilityScore: 4.0");
    }

    @Override
    protected String withoutInputs() {
        return tool("requirements: 1, requirementsMet: 1, plannedHours: 1, downtimeHours: 0, failures: 0");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"observed", 2.5};
    }
}

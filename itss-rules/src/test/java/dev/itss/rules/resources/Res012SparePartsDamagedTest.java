package dev.itss.rules.resources;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** RES-012: damaged units over units held plus damaged (warning above 2 %, breach above 5 %). */
class Res012SparePartsDamagedTest extends BandRuleTest {

    Res012SparePartsDamagedTest() {
        super("RES-012", Severity.MEDIUM, "spare-parts-store");
    }

    private static String part(String fields) {
        return "resources:\n  spareParts: [{id: p1, name: Disk, unitValue: 10, stockedOn: 2025-01-01, lastUsed: 2026-03-01, requests: 0, hits: 0, " + fields + "}]\n";
    }

    @Override
    protected String breach() {
        return part("quantity: 90, damaged: 10");
    }

    @Override
    protected String warning() {
        return part("quantity: 96, damaged: 4");
    }

    @Override
    protected String atWarningBound() {
        return part("quantity: 98, damaged: 2");
    }

    @Override
    protected String withoutInputs() {
        return "resources: {spareParts: []}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"damaged", 10, "units", 100};
    }
}

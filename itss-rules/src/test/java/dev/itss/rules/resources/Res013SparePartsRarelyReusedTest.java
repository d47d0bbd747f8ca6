package dev.itss.rules.resources;

import static dev.itss.rules.Fixtures.part;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** RES-013: reused units over issued units (warning below 20 %, breach below 10 %). */
class Res013SparePartsRarelyReusedTest extends BandRuleTest {

    Res013SparePartsRarelyReusedTest() {
        super("RES-013", Severity.LOW, "spare-parts-store");
    }

    @Override
    protected String breach() {
        return part("quantity: 1, damaged: 0, issued: 20, reused: 1");
    }

    @Override
    protected String warning() {
        return part("quantity: 1, damaged: 0, issued: 20, reused: 3");
    }

    @Override
    protected String atWarningBound() {
        return part("quantity: 1, damaged: 0, issued: 20, reused: 4");
    }

    @Override
    protected String withoutInputs() {
        return part("quantity: 1, damaged: 0");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"reused", 1, "issued", 20};
    }
}

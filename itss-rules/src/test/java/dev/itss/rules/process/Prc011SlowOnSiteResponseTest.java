package dev.itss.rules.process;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-011: mean minutes to arrive on site (warning above 30, breach above 60). */
class Prc011SlowOnSiteResponseTest extends BandRuleTest {

    Prc011SlowOnSiteResponseTest() {
        super("PRC-011", Severity.HIGH, "test-org");
    }

    /** 100 resolved incidents with the given counts; the others are neutral. */
    private static String incidents(String counts) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String pair : ("resolved: 100, reopened: 0, reassigned: 0, resolvedFirstContact: 100, onSiteVisits: 10, onSiteResponseMinutes: 100, "
                + "remoteHandled: 100, remoteEscalated: 0, " + counts).split(",\\s*")) {
            String[] kv = pair.split(":\\s*");
            fields.put(kv[0], kv[1]);
        }
        StringBuilder yaml = new StringBuilder("process:\n  incidents: {");
        fields.forEach((k, v) -> yaml.append(k).append(": ").append(v).append(", "));
        return yaml.substring(0, yaml.length() - 2) + "}\n";
    }

    @Override
    protected String breach() {
        return incidents("onSiteResponseMinutes: 700");
    }

    @Override
    protected String warning() {
        return incidents("onSiteResponseMinutes: 400");
    }

    @Override
    protected String atWarningBound() {
        return incidents("onSiteResponseMinutes: 300");
    }

    @Override
    protected String withoutInputs() {
        return incidents("onSiteVisits: 0, onSiteResponseMinutes: 0");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"observed", 70, "visits", 10};
    }
}

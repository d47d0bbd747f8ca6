package dev.itss.rules.process;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-010: incidents resolved at first contact (warning below 70 %, breach below 50 %). */
class Prc010LowFirstContactResolutionTest extends BandRuleTest {

    Prc010LowFirstContactResolutionTest() {
        super("PRC-010", Severity.MEDIUM, "test-org");
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
        return incidents("resolvedFirstContact: 40");
    }

    @Override
    protected String warning() {
        return incidents("resolvedFirstContact: 60");
    }

    @Override
    protected String atWarningBound() {
        return incidents("resolvedFirstContact: 70");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"firstContact", 40};
    }
}

package dev.itss.rules.process;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-012: remote incidents that needed a visit (warning above 20 %, breach above 35 %). */
class Prc012RemoteSupportCannotResolveTest extends BandRuleTest {

    Prc012RemoteSupportCannotResolveTest() {
        super("PRC-012", Severity.MEDIUM, "test-org");
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
        return incidents("remoteEscalated: 40");
    }

    @Override
    protected String warning() {
        return incidents("remoteEscalated: 30");
    }

    @Override
    protected String atWarningBound() {
        return incidents("remoteEscalated: 20");
    }

    @Override
    protected String withoutInputs() {
        return incidents("remoteHandled: 0, remoteEscalated: 0");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"escalated", 40, "remote", 100};
    }
}

package dev.itss.rules.process;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-009: incidents reassigned over resolved (warning above 15 %, breach above 25 %). */
class Prc009IncidentsBouncedTest extends BandRuleTest {

    Prc009IncidentsBouncedTest() {
        super("PRC-009", Severity.MEDIUM, "test-org");
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
        return incidents("reassigned: 30");
    }

    @Override
    protected String warning() {
        return incidents("reassigned: 20");
    }

    @Override
    protected String atWarningBound() {
        return incidents("reassigned: 15");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"reassigned", 30};
    }
}

package dev.itss.rules.process;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-016: releases rolled back (warning above 5 %, breach above 10 %). */
class Prc016ReleasesRolledBackTest extends BandRuleTest {

    Prc016ReleasesRolledBackTest() {
        super("PRC-016", Severity.MEDIUM, "test-org");
    }

    /** Problem, change and release counts; the ones not given are neutral. */
    private static String changes(String counts) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String pair : ("problems: 10, problemsWithRootCause: 10, changes: 100, changesFailed: 0, emergencyChanges: 0, releases: 100, "
                + "releasesRolledBack: 0, releasesWithVersionRecord: 100, " + counts).split(",\\s*")) {
            String[] kv = pair.split(":\\s*");
            fields.put(kv[0], kv[1]);
        }
        StringBuilder yaml = new StringBuilder("process:\n  changes: {");
        fields.forEach((k, v) -> yaml.append(k).append(": ").append(v).append(", "));
        return yaml.substring(0, yaml.length() - 2) + "}\n";
    }

    @Override
    protected String breach() {
        return changes("releasesRolledBack: 15");
    }

    @Override
    protected String warning() {
        return changes("releasesRolledBack: 8");
    }

    @Override
    protected String atWarningBound() {
        return changes("releasesRolledBack: 5");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"rolledBack", 15, "releases", 100};
    }
}

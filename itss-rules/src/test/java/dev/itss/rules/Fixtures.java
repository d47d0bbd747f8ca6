package dev.itss.rules;

/**
 * Snapshot sections in YAML shared by the band-rule tests: each fills a section with neutral
 * values and lets a test set the fields its rule reads.
 */
public final class Fixtures {
    private Fixtures() {}

    /** 100 resolved incidents with the given counts; the others are neutral. */
    public static String incidents(String counts) {
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

    /** Problem, change and release counts; the ones not given are neutral. */
    public static String changes(String counts) {
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

    public static String routine(String counts) {
        return "process:\n  routine: {" + counts + "}\n";
    }

    public static String desk(String fields) {
        return "resources:\n  serviceDesk: {callsOffered: 100, callsAnswered: 100, ticketsDispatched: 10, ticketsRedispatched: 0, " + fields + "}\n";
    }

    public static String tool(String fields) {
        return "resources:\n  tools: [{id: itsm, name: ITSM, " + fields + "}]\n";
    }

    public static String part(String fields) {
        return "resources:\n  spareParts: [{id: p1, name: Disk, unitValue: 10, stockedOn: 2025-01-01, lastUsed: 2026-03-01, requests: 0, hits: 0, " + fields + "}]\n";
    }

    public static String monitoring(String fields) {
        return "technology:\n  monitoring: {" + fields + "}\n";
    }

    public static String research(String research) {
        return "people:\n  posts: [{id: ops, name: Ops, requiredHeadcount: 1}]\n"
                + "  engineers: [{id: e1, name: E1, post: ops, contractedHours: 1000, workedHours: 1000, workMode: ON_SITE}]\n"
                + "technology:\n" + research;
    }

    public static String supervision(String body) {
        return "supervision:\n" + body;
    }
}

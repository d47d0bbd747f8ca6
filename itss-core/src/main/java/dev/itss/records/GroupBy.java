package dev.itss.records;

/** What ticket KPIs can be broken down by; a ticket belongs to the group of its final state. */
public enum GroupBy {
    NONE("none"),
    ASSIGNMENT_GROUP("assignment_group"),
    PRIORITY("priority"),
    SERVICE("service");

    /** The group of tickets whose final state has no value for the grouping field. */
    public static final String NO_VALUE = "(none)";

    private final String key;

    GroupBy(String key) {
        this.key = key;
    }

    /** The kind of subject a group is in an assessment, e.g. {@code assignment-group}. */
    public String subjectKind() {
        return key.replace('_', '-');
    }

    /** The name on the command line, e.g. {@code assignment_group}. */
    public String key() {
        return key;
    }

    /**
     * The grouping named {@code key}, case-insensitive.
     *
     * @throws IllegalArgumentException naming the groupings there are
     */
    public static GroupBy ofKey(String key) {
        for (GroupBy groupBy : values()) {
            if (groupBy.key.equalsIgnoreCase(key.trim())) {
                return groupBy;
            }
        }
        throw new IllegalArgumentException("unknown grouping '" + key + "'; expected assignment_group, priority or service");
    }
}

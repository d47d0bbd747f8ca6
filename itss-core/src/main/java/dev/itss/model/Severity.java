package dev.itss.model;

/** How much a finding matters, lowest to highest. */
public enum Severity {
    INFO,
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** One step lower, {@link #INFO} staying {@link #INFO}; used for values in the warning band. */
    public Severity lower() {
        return this == INFO ? INFO : values()[ordinal() - 1];
    }

    /** True when this severity is at least {@code other}. */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}

package dev.itss.model;

/** Where a KPI's numbers come from; only a system of record is an accurate source (P-S-05). */
public enum KpiSource {
    /** Computed from the ITSM tool or another system of record. */
    SYSTEM_OF_RECORD,
    /** Collected by hand (spreadsheets, estimates). */
    MANUAL
}

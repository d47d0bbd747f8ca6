package dev.itss.records;

/**
 * The canonical fields of a timesheet or duty-roster row (hours of one engineer on one day, or
 * one entry of it); a {@link RecordMapping} of kind {@code timesheets} maps export columns to
 * them. {@link #ENGINEER} and {@link #DATE} are required, and at least one of
 * {@link #WORKED_HOURS} and {@link #ROSTERED_HOURS}.
 */
public enum WorkField implements RecordField {
    /** Engineer id; matches {@code people.engineers[].id} of the snapshot. */
    ENGINEER("engineer"),
    /** The day (a date or a date-time). */
    DATE("date"),
    /** Hours worked on service (timesheet). */
    WORKED_HOURS("workedHours"),
    /** Hours the engineer was rostered or contracted for (duty roster). */
    ROSTERED_HOURS("rosteredHours");

    private final String key;

    WorkField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public boolean isRequired() {
        return this == ENGINEER || this == DATE;
    }
}

package dev.itss.records;

/**
 * The canonical fields of a timesheet or duty-roster row (hours of one engineer on one day, or
 * one entry of it); a {@link RecordMapping} of kind {@code timesheets} maps export columns to
 * them. {@link #ENGINEER} and {@link #DATE} are required, and at least one of
 * {@link #WORKED_HOURS} and {@link #ROSTERED_HOURS}.
 * Each field's {@link #description()} says what it holds; {@code docs/records.md} lists them all.
 */
public enum WorkField implements RecordField {
    ENGINEER("engineer",
            "Engineer id; matches people.engineers[].id of the snapshot."),
    DATE("date",
            "The day (a date or a date-time)."),
    WORKED_HOURS("workedHours",
            "Hours worked on service (timesheet)."),
    ROSTERED_HOURS("rosteredHours",
            "Hours the engineer was rostered or contracted for (duty roster).");

    private final String key;
    private final String description;

    WorkField(String key, String description) {
        this.key = key;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
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

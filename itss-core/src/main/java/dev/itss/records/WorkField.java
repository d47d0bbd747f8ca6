package dev.itss.records;

/**
 * The canonical fields of a timesheet or duty-roster row (hours of one engineer on one day, or
 * one entry of it); a {@link RecordMapping} of kind {@code timesheets} maps export columns to
 * them. {@link #ENGINEER} and {@link #DATE} are required, and at least one of
 * {@link #WORKED_HOURS} and {@link #ROSTERED_HOURS}.
 * Each field's {@link #description()} says what it holds; {@code docs/records.md} lists them all.
 */
public enum WorkField implements RecordField {
    ENGINEER(RecordField.required("engineer",
            "Engineer id; matches people.engineers[].id of the snapshot.")),
    DATE(RecordField.required("date",
            "The day (a date or a date-time).")),
    WORKED_HOURS(RecordField.optional("workedHours",
            "Hours worked on service (timesheet).")),
    ROSTERED_HOURS(RecordField.optional("rosteredHours",
            "Hours the engineer was rostered or contracted for (duty roster).")),
    POST(RecordField.optional("post",
            "The post the engineer worked the row's hours on (e.g. desk): for --group-by post."));

    private final Spec spec;

    WorkField(Spec spec) {
        this.spec = spec;
    }

    @Override
    public Spec spec() {
        return spec;
    }
}

package dev.itss.metric;

/** How a value is expressed; reports format each unit in the reader's language. */
public enum Unit {
    /** A share between 0 and 1, shown as a percentage. */
    RATIO,
    DAYS,
    HOURS,
    COUNT,
    /** A date, ISO-8601. */
    DATE,
    /** Free text, shown as is. */
    TEXT,
    /** A list of names. */
    LIST
}

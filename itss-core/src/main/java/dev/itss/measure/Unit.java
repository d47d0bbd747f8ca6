package dev.itss.measure;

/** How a value is expressed; reports format each unit in the reader's language. */
public enum Unit {
    /** A share, 1 meaning 100 %, shown as a percentage. */
    RATIO,
    DAYS,
    HOURS,
    MINUTES,
    COUNT,
    /** A score on the scale its metric names (1 to 5, 0 to 100). */
    SCORE,
    /** A plain number, shown with one decimal at most. */
    NUMBER,
    /** A date, ISO-8601. */
    DATE,
    /** Free text, shown as is. */
    TEXT,
    /** A list of names. */
    LIST
}

package dev.itss.records;

/** What to do with a malformed row. */
public enum ErrorPolicy {
    /** Stop at the first malformed row with its file, line, column and value (the default). */
    STOP,
    /** Skip malformed rows, count them and report each (a capped list plus the total). */
    SKIP
}

package dev.itss.records;

/** The kinds of ticket an export may mix; a mapping's {@code type} values map to them. */
public enum TicketType {
    INCIDENT,
    REQUEST,
    PROBLEM,
    CHANGE,
    RELEASE
}

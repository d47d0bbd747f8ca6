package dev.itss.records;

/** The canonical ticket states a mapping's {@code state} values map to. */
public enum TicketState {
    NEW,
    ACTIVE,
    RESOLVED,
    CLOSED,
    CANCELLED;

    /** True for resolved and closed: the ticket left the queue. */
    public boolean isDone() {
        return this == RESOLVED || this == CLOSED;
    }
}

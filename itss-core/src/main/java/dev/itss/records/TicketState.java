package dev.itss.records;

import java.util.Optional;

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

    /** The state named {@code text}, case-insensitive. */
    static Optional<TicketState> parse(String text) {
        for (TicketState state : VALUES) {
            if (state.name().equalsIgnoreCase(text.trim())) {
                return state.parsed;
            }
        }
        return Optional.empty();
    }

    private static final TicketState[] VALUES = values();
    private final Optional<TicketState> parsed = Optional.of(this);
}

package dev.itss.records;

import java.util.Locale;
import java.util.Optional;

/** The kinds of ticket an export may mix; a mapping's {@code type} values map to them. */
public enum TicketType {
    INCIDENT,
    REQUEST,
    PROBLEM,
    CHANGE,
    RELEASE;

    static Optional<TicketType> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package dev.itss.records;

import java.util.Locale;
import java.util.Optional;

/** What a spare-part movement row records. */
public enum SpareMovement {
    /** Units taken from the store for a repair. */
    ISSUE,
    /** Units returned to the store after a repair, fit to issue again. */
    RETURN,
    /** New units received into the store. */
    RECEIPT,
    /** Units found damaged (on inspection or when about to be issued) and written off. */
    DAMAGED;

    /** The movement named {@code text}, case-insensitive. */
    static Optional<SpareMovement> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

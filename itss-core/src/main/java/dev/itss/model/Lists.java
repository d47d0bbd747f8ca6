package dev.itss.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Normalisation helpers for record constructors: copy, never throw. */
final class Lists {
    private Lists() {}

    /** An unmodifiable copy; {@code null} becomes empty, {@code null} elements are kept for validation to report. */
    static <T> List<T> copy(List<T> list) {
        if (list == null) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}

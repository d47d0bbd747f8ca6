package dev.itss.internal;

import dev.itss.model.Subject;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the lists a rule collects into one order, so that the same organisation always gives the
 * same justification: {@code accumulate} collects in the order the engine happens to match.
 */
public final class Lists {
    private Lists() {}

    /** The elements sorted: subjects by key, anything else by its text. */
    public static <T> List<T> sorted(List<T> list) {
        return list.stream().sorted(Comparator.comparing(e -> e instanceof Subject s ? s.key() : String.valueOf(e))).toList();
    }
}

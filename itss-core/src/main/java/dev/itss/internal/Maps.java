package dev.itss.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps for output, in the order their entries are given. {@code Map.of} iterates in an order that
 * changes from one JVM to the next, so JSON built from it differs between runs of the same input.
 */
public final class Maps {
    private Maps() {}

    /**
     * An unmodifiable map of the keys and values, in that order, e.g. {@code Maps.ordered("value", 3, "unit", "COUNT")}.
     *
     * @throws IllegalArgumentException for an odd number of arguments or a key that is not a string
     */
    public static Map<String, Object> ordered(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs; got " + keysAndValues.length + " arguments");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (!(keysAndValues[i] instanceof String key)) {
                throw new IllegalArgumentException("key " + i / 2 + " is not a string: " + keysAndValues[i]);
            }
            out.put(key, keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(out);
    }
}

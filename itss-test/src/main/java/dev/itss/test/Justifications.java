package dev.itss.test;

import dev.itss.check.Justification;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Compares and shows justification records for the verifier's assertions and failure messages. */
final class Justifications {
    private Justifications() {}

    /** Same record type and equal components; numbers compare by value (doubles within 1e-9). */
    static boolean sameAs(Justification actual, Justification expected) {
        return actual.getClass() == expected.getClass() && differences(actual, expected).isEmpty();
    }

    /** {@code Type[name=value, ...]}. */
    static String describe(Justification justification) {
        return justification.toString();
    }

    /** The components in which two records of one type differ, as {@code name: actual (expected E)}. */
    static List<String> differences(Justification actual, Justification expected) {
        List<String> out = new ArrayList<>();
        if (!actual.getClass().isRecord()) {
            if (!actual.equals(expected)) {
                out.add("not equal");
            }
            return out;
        }
        for (RecordComponent component : actual.getClass().getRecordComponents()) {
            Object a = read(component, actual);
            Object e = read(component, expected);
            if (!same(a, e)) {
                out.add(component.getName() + ": " + a + " (expected " + e + ")");
            }
        }
        return out;
    }

    /** The closest actual justification of the expected type, with what differs; empty when there is none of the type. */
    static String closest(Justification expected, List<Justification> actual) {
        return actual.stream().filter(a -> a.getClass() == expected.getClass())
                .min(java.util.Comparator.comparingInt(a -> differences(a, expected).size()))
                .map(a -> System.lineSeparator() + "    closest differs in " + String.join("; ", differences(a, expected)))
                .orElse("");
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getName(), e);
        }
    }

    private static boolean same(Object actual, Object expected) {
        if (actual instanceof Number a && expected instanceof Number e) {
            if (a instanceof BigDecimal || e instanceof BigDecimal) {
                return new BigDecimal(a.toString()).compareTo(new BigDecimal(e.toString())) == 0;
            }
            return Math.abs(a.doubleValue() - e.doubleValue()) <= 1e-9;
        }
        return Objects.equals(actual, expected);
    }
}

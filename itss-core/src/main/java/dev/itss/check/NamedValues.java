package dev.itss.check;

import dev.itss.internal.Justifications;
import dev.itss.measure.Evidence;
import dev.itss.model.Subject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A justification without a Java type of its own: a subject and named values, for rules written
 * in DRL alone (rule packs). The names fill the text's placeholders as a record's components do.
 * Its identity is the subject and the related subjects, never the values.
 *
 * <pre>{@code
 * then
 *     Justify.raise(drools, NamedValues.about(Subjects.of($tool)).with("failures", $failures).with("owner", $owner));
 * }</pre>
 *
 * <p>A DRL {@code declare} type works too: {@link #of(Object)} reads its {@code subject} field and
 * takes every other field as a named value, in declaration order ({@code Justify.raise} does it
 * for any fact that is not a {@link Justification}).
 *
 * @param subject what the finding is about
 * @param related other entities the finding is about, part of its identity
 * @param values  the evidence, by name, in the order given
 */
public record NamedValues(Subject subject, List<Subject> related, Map<String, Object> values) implements Justification {

    public NamedValues {
        Objects.requireNonNull(subject, "subject");
        related = related == null ? List.of() : List.copyOf(related);
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No values yet, about a subject. */
    public static NamedValues about(Subject subject) {
        return new NamedValues(subject, List.of(), Map.of());
    }

    /** These values and one more (a later value of the same name replaces the earlier). */
    public NamedValues with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(values);
        more.put(Objects.requireNonNull(name, "name"), value);
        return new NamedValues(subject, related, more);
    }

    /** These values, also about another entity (part of the finding's identity). */
    public NamedValues alsoAbout(Subject other) {
        List<Subject> more = new ArrayList<>(related);
        more.add(other);
        return new NamedValues(subject, more, values);
    }

    @Override
    public List<Evidence> evidence() {
        List<Evidence> out = new ArrayList<>(values.size());
        values.forEach((name, value) -> out.add(Justifications.evidence(name, value)));
        return out;
    }

    /**
     * The named values of a DRL {@code declare} type (or any bean): its {@code subject} field
     * (a {@link Subject}) and its other fields, in declaration order, read through their getters.
     *
     * @throws IllegalArgumentException when it has no {@code subject} field of type Subject
     */
    public static NamedValues of(Object fact) {
        if (fact instanceof NamedValues named) {
            return named;
        }
        Subject subject = null;
        Map<String, Object> values = new LinkedHashMap<>();
        for (Getter getter : GETTERS.get(fact.getClass())) {
            Object value;
            try {
                value = getter.method().invoke(fact);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot read " + fact.getClass().getSimpleName() + "." + getter.name() + ": " + e.getMessage(), e);
            }
            if (getter.name().equals("subject")) {
                if (!(value instanceof Subject s)) {
                    throw new IllegalArgumentException(fact.getClass().getSimpleName() + ".subject must be a Subject (Subjects.of($entity)), was " + value);
                }
                subject = s;
            } else {
                values.put(getter.name(), value);
            }
        }
        if (subject == null) {
            throw new IllegalArgumentException("a justification of type " + fact.getClass().getSimpleName() + " needs a field 'subject : Subject' "
                    + "(what the finding is about); its other fields are the evidence");
        }
        return new NamedValues(subject, List.of(), values);
    }

    /** A field of a declared type and its getter. */
    private record Getter(String name, Method method) {}

    /** The fields of each declared type, in declaration order, with their getters: found once per type (rules fire often). */
    private static final ClassValue<List<Getter>> GETTERS = new ClassValue<>() {
        @Override
        protected List<Getter> computeValue(Class<?> type) {
            List<Getter> out = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic() && !field.getName().startsWith("__")) {
                    out.add(new Getter(field.getName(), getter(type, field.getName())));
                }
            }
            return List.copyOf(out);
        }
    };

    private static Method getter(Class<?> type, String name) {
        String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String getter : List.of("get" + suffix, "is" + suffix, name)) {
            try {
                return type.getMethod(getter);
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + "." + name + " has no public getter");
    }
}

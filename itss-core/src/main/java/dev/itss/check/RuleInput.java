package dev.itss.check;

import dev.itss.measure.Facts;
import dev.itss.measure.Measurement;
import dev.itss.measure.Subjects;
import dev.itss.model.Subject;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One input a rule declares in {@code @inputs}: a figure id ({@code service_desk.answer_rate}), a
 * fact type ({@code Post}), or an optional field of a fact type ({@code Engineer.absenceHours}).
 * When it is missing the rule reports NOT_AVAILABLE: for each subject whose figure could not be
 * measured, for the organisation when the snapshot reported no fact of the type, or for each
 * entity that leaves the field out. Missing data is never a pass.
 *
 * <pre>{@code
 * RuleInput.of("Engineer.absenceHours").missing(facts)   // one per engineer without absence hours
 * }</pre>
 *
 * @param text  the input as written
 * @param type  the fact type, empty for a figure
 * @param field the field of the type, empty for a whole type or a figure
 */
public record RuleInput(String text, String type, String field) {

    /** One missing input: about which subject, and why. */
    public record Missing(Subject subject, String reason) {}

    /**
     * Parses an input.
     *
     * @throws IllegalArgumentException for a type that is not a fact type
     */
    public static RuleInput of(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || !Character.isUpperCase(trimmed.charAt(0))) {
            return new RuleInput(trimmed, "", "");
        }
        int dot = trimmed.indexOf('.');
        String type = dot < 0 ? trimmed : trimmed.substring(0, dot);
        if (!Facts.TYPES.contains(type)) {
            throw new IllegalArgumentException("input '" + text + "' names no fact type; expected a figure id or one of " + Facts.TYPES);
        }
        return new RuleInput(trimmed, type, dot < 0 ? "" : trimmed.substring(dot + 1));
    }

    /** Whether the input is a figure id. */
    public boolean isFigure() {
        return type.isEmpty();
    }

    /** What is missing of this input in the facts. */
    public List<Missing> missing(Facts facts) {
        List<Missing> out = new ArrayList<>();
        if (isFigure()) {
            for (Measurement m : facts.figures().of(text)) {
                if (!m.available()) {
                    out.add(new Missing(m.subject(), m.unavailableReason()));
                }
            }
            return out;
        }
        Optional<String> absent = facts.absence(type);
        if (absent.isPresent()) {
            out.add(new Missing(facts.organisation(), absent.get()));
            return out;
        }
        if (!field.isEmpty()) {
            String path = Subjects.kind(type).map(Subjects.Kind::path).orElse(type) + "[]." + field;
            for (Object entity : facts.ofType(type)) {
                if (isEmpty(read(entity, field))) {
                    out.add(new Missing(Subjects.of(entity), "no " + field + " reported (" + path + ")"));
                }
            }
        }
        return out;
    }

    /** The judgements a rule on this input can make: available figures, or the entities (with the field) of the type. */
    public int candidates(Facts facts) {
        if (isFigure()) {
            return (int) facts.figures().of(text).stream().filter(Measurement::available).count();
        }
        if (facts.absence(type).isPresent()) {
            return 0;
        }
        List<?> entities = facts.ofType(type);
        if (field.isEmpty()) {
            return Math.max(1, entities.size());
        }
        return (int) entities.stream().filter(e -> !isEmpty(read(e, field))).count();
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof Optional<?> o && o.isEmpty() || value instanceof Collection<?> c && c.isEmpty();
    }

    private static final java.util.Map<String, Method> ACCESSORS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Object read(Object entity, String field) {
        try {
            Method accessor = ACCESSORS.get(entity.getClass().getName() + "." + field);
            if (accessor == null) {
                accessor = entity.getClass().getMethod(field);
                ACCESSORS.put(entity.getClass().getName() + "." + field, accessor);
            }
            return accessor.invoke(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(entity.getClass().getSimpleName() + " has no field '" + field + "'", e);
        }
    }
}

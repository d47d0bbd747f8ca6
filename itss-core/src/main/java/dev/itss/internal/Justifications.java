package dev.itss.internal;

import dev.itss.check.Justification;
import dev.itss.check.Shown;
import dev.itss.measure.Evidence;
import dev.itss.measure.Unit;
import dev.itss.model.Subject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a justification record into evidence, one entry per component (except {@code subject}),
 * named as the component. Units follow the type: integral numbers are counts, a {@code double} is
 * a ratio unless {@link Shown} says otherwise, {@link LocalDate} a date, an empty
 * {@code Optional<LocalDate>} the text {@code never}, a collection a list of its elements' names
 * (a {@link Subject}'s name, else {@code toString()}), a {@link Subject} its name.
 *
 * <pre>{@code
 * List<Evidence> evidence = Justifications.evidence(new PostUnderstaffed(post, 2, 4, List.of("Li", "Wang")));
 * }</pre>
 */
public final class Justifications {
    /** One component of a justification type: its name, accessor and declared unit, read once per type. */
    private record Component(String name, java.lang.reflect.Method accessor, Unit unit) {}

    private static final Map<Class<?>, List<Component>> COMPONENTS = new ConcurrentHashMap<>();

    private Justifications() {}

    /** The evidence of a justification record. */
    public static List<Evidence> evidence(Justification justification) {
        List<Component> components = COMPONENTS.computeIfAbsent(justification.getClass(), Justifications::components);
        List<Evidence> out = new ArrayList<>(components.size());
        for (Component component : components) {
            Object value;
            try {
                value = component.accessor().invoke(justification);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + justification.getClass().getSimpleName() + "." + component.name(), e);
            }
            out.add(of(component.name(), value, component.unit()));
        }
        return out;
    }

    private static List<Component> components(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("a justification must be a record, not " + type.getName());
        }
        List<Component> out = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("subject")) {
                continue;
            }
            java.lang.reflect.Method accessor = component.getAccessor();
            try {
                accessor.setAccessible(true);   // a record nested in a non-public class (a test's own)
            } catch (RuntimeException e) {
                throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + component.getName()
                        + "; make the justification record public", e);
            }
            Shown shown = component.getAnnotation(Shown.class);
            out.add(new Component(component.getName(), accessor, shown == null ? null : shown.value()));
        }
        return List.copyOf(out);
    }

    /** One named value as evidence, in the unit its type implies (a generic justification's values). */
    public static Evidence evidence(String name, Object value) {
        return of(name, value, null);
    }

    /** One value as evidence, in the unit given or the one its type implies. */
    static Evidence of(String name, Object value, Unit unit) {
        if (value instanceof Optional<?> optional) {
            return optional.<Evidence>map(v -> of(name, v, unit)).orElseGet(() -> Evidence.text(name, "never"));
        }
        if (value instanceof Subject subject) {
            return Evidence.text(name, subject.name());
        }
        if (value instanceof Collection<?> collection) {
            return Evidence.list(name, collection.stream().map(Justifications::name).toList());
        }
        if (value instanceof LocalDate date) {
            return Evidence.date(name, date);
        }
        if (value instanceof BigDecimal decimal) {
            return new Evidence(name, decimal, unit == null ? Unit.TEXT : unit);
        }
        if (value instanceof Double || value instanceof Float) {
            return new Evidence(name, ((Number) value).doubleValue(), unit == null ? Unit.RATIO : unit);
        }
        if (value instanceof Number number) {
            return new Evidence(name, number.longValue(), unit == null ? Unit.COUNT : unit);
        }
        return new Evidence(name, String.valueOf(value), unit == null ? Unit.TEXT : unit);
    }

    private static String name(Object element) {
        return element instanceof Subject subject ? subject.name() : String.valueOf(element);
    }
}

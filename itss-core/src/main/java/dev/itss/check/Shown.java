package dev.itss.check;

import dev.itss.measure.Unit;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The unit a justification component is shown in, where its type does not tell: a {@code double}
 * is a ratio unless marked, e.g. {@code @Shown(Unit.HOURS) double workedHours}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface Shown {
    /** The unit. */
    Unit value();
}

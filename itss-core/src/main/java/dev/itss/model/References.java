package dev.itss.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that holds the id of another entity (or a list of such ids): the link a rule joins
 * on, e.g. {@code Engineer( post == $p.id() )}. {@code docs/facts.md} lists these links.
 *
 * <pre>{@code
 * public record Engineer(..., @References("Post") String post, ...)
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface References {
    /** The fact type whose {@code id} the field holds, e.g. {@code Post}. */
    String value();
}

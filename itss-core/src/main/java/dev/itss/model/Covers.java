package dev.itss.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The ITSS-DOMAIN items ({@link ItssDomain}) a class or command carries out, where no rule,
 * metric or template stands for them: the seven steps (S-), service improvement (I-), the
 * service reviews (R-) and lifecycle stages that span the library (L-4). {@code docs/itss-coverage.md}
 * is generated from these marks together with the catalogues, and a test holds every item of the
 * domain to at least one mark, metric, rule or template.
 *
 * <pre>{@code
 * @Covers({"S-1"})
 * public record ImprovementStrategy(...) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Covers {
    /** The item ids, e.g. {@code "I-3"}. */
    String[] value();
}

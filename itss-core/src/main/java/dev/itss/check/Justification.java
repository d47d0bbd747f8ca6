package dev.itss.check;

import dev.itss.internal.Justifications;
import dev.itss.measure.Evidence;
import dev.itss.model.Subject;
import java.util.List;

/**
 * The typed reason of a finding: a record whose components are the evidence of the finding and
 * fill its message placeholders ({@code {staffed}} reads the component {@code staffed}). Rules
 * create one in their consequence and hand it to the finding factory; tests assert it with
 * {@code RuleVerifier} instead of rendered text.
 *
 * <p>Identity: a finding is the rule id plus {@link #subject()} plus {@link #related()}, never the
 * numbers, so a finding whose figures changed between two periods is the same finding.
 *
 * <pre>{@code
 * public record PostUnderstaffed(Subject subject, long staffed, int required, List<String> engineers)
 *         implements Justification {}
 * }</pre>
 */
public interface Justification {

    /** What the finding is about: the first part of its identity. */
    Subject subject();

    /**
     * The other entities the finding is about, part of its identity (a cross-element finding
     * names the post and the service it joined); none by default. Lists of names shown as
     * evidence are not identity.
     */
    default List<Subject> related() {
        return List.of();
    }

    /** The evidence: one entry per record component except {@code subject} (see {@link Justifications#evidence}). */
    default List<Evidence> evidence() {
        return Justifications.evidence(this);
    }
}

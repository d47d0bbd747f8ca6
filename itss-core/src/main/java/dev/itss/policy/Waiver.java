package dev.itss.policy;

import dev.itss.model.Subject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A decision to accept one rule's finding about one subject for a while: the finding stays in the
 * assessment, marked {@link dev.itss.check.Outcome#WAIVED}, and leaves the improvement plan and
 * {@code --fail-on}; it still counts in the scores, which describe the organisation, not the
 * decisions taken about it. From the day after {@code expires} the waiver no longer applies and
 * the assessment reports it as expired.
 *
 * <pre>{@code
 * # policy.yaml
 * waivers:
 *   - rule: RES-011
 *     subject: store-main          # a subject id, or kind:id (spare_part:SP-7) when ids repeat across kinds
 *     reason: "store moves to the new building in October; counted again after the move"
 *     expires: 2026-12-31
 * }</pre>
 *
 * @param rule    the rule id
 * @param subject the subject's id, or its key {@code kind:id}
 * @param reason  why the finding is accepted (required: a waiver without a reason is not a decision)
 * @param expires the last day the waiver applies, compared with the end of the assessed period
 */
public record Waiver(@NotBlank String rule, @NotBlank String subject, @NotBlank String reason, @NotNull LocalDate expires) {

    /** True when this waiver names the rule and the subject (by id, or by key when it holds a colon). */
    public boolean covers(String ruleId, Subject candidate) {
        return rule.equals(ruleId) && (subject.indexOf(':') >= 0 ? subject.equals(candidate.key()) : subject.equals(candidate.id()));
    }

    /** True when the waiver still applies to a period ending on {@code periodEnd}. */
    public boolean appliesOn(LocalDate periodEnd) {
        return !periodEnd.isAfter(expires);
    }
}

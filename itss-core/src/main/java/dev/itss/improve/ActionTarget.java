package dev.itss.improve;

import dev.itss.model.Subject;

/**
 * What an action should achieve for one finding: move {@code metric} for {@code subject} from
 * {@code observed} to the policy's warning bound {@code target} by the next period.
 *
 * @param metric   metric id
 * @param subject  the subject of the finding
 * @param observed the value measured this period
 * @param target   the warning bound to reach (at least it, or at most it, by the metric's direction)
 */
public record ActionTarget(String metric, Subject subject, double observed, double target) {}

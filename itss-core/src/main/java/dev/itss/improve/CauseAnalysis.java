package dev.itss.improve;

import dev.itss.model.Subject;
import java.util.List;

/**
 * Why a target was not met (ITSS I-3): what the verified period's data says about it.
 *
 * @param target             the target's id
 * @param status             its status
 * @param persistingFindings keys of the findings the owning action addressed that are still open
 *                           on the target's metric or subject
 * @param wrongWay           targets of the same action or subject whose metric moved away from its target
 * @param actionsNotDone     the owning and contributing actions not carried out, with their state
 * @param unavailableReason  why the metric has no value, when it could not be measured
 */
public record CauseAnalysis(
        String target,
        TargetStatus status,
        List<String> persistingFindings,
        List<MetricMove> wrongWay,
        List<ActionState> actionsNotDone,
        String unavailableReason) {

    public CauseAnalysis {
        persistingFindings = List.copyOf(persistingFindings);
        wrongWay = List.copyOf(wrongWay);
        actionsNotDone = List.copyOf(actionsNotDone);
    }

    /**
     * A metric that moved the wrong way between the plan's period and the verified one.
     *
     * @param target   the target's id
     * @param metric   the metric
     * @param subject  the subject
     * @param baseline the value in the plan's period
     * @param actual   the value in the verified period
     */
    public record MetricMove(String target, String metric, Subject subject, double baseline, double actual) {}

    /**
     * An action not carried out.
     *
     * @param action   its id
     * @param decision its decision
     * @param status   its implementation status
     */
    public record ActionState(String action, Decision decision, ImplementationStatus status) {}
}

package dev.itss.improve;

import dev.itss.measure.Direction;
import dev.itss.measure.Unit;
import dev.itss.model.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One row of the improvement control table (服务改进控制表, ITSS I-3): a target of the plan with
 * its baseline, the value due by the verified period, the value measured then, the owner and the
 * status, and the evidence behind the status.
 *
 * @param target     the target's id
 * @param action     the owning action
 * @param owner      who owns the action (the person named in the plan, else the role)
 * @param metric     the metric
 * @param subject    the subject
 * @param direction  which way the metric improves
 * @param unit       the metric's unit
 * @param baseline   the value in the plan's period
 * @param targetValue the value due by the verified period
 * @param due        when it was due
 * @param finalStage whether that value is the target's final one (else an intermediate stage)
 * @param actual     the value measured in the verified period, when there is one
 * @param status     met, partly met, not met or not measurable
 * @param evidence   what the status rests on: the measurement's inputs or why it is missing, the
 *                   findings still open on the metric and subject, the action's own evidence
 * @param goal       the strategy goal the target serves
 */
@dev.itss.model.Covers({"I-3"})
public record ControlRow(
        String target,
        String action,
        String owner,
        String metric,
        Subject subject,
        Direction direction,
        Unit unit,
        double baseline,
        double targetValue,
        LocalDate due,
        boolean finalStage,
        Optional<Double> actual,
        TargetStatus status,
        List<String> evidence,
        Optional<String> goal) {

    public ControlRow {
        evidence = List.copyOf(evidence);
    }
}

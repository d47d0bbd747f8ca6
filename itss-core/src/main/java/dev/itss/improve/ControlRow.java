package dev.itss.improve;

import dev.itss.measure.Direction;
import dev.itss.measure.Evidence;
import dev.itss.model.Bilingual;
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
 * @param owner      the person named in the plan as the action's owner
 * @param ownerRole  the action template's owner role, for a plan that names nobody
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
 * @param measuredFrom      the facts the actual value was computed from
 * @param unavailableReason why there is no actual value (empty when there is one)
 * @param stillOpen         the findings still open on the target's metric or subject
 * @param actionEvidence    what the plan file records as done for the owning action, as people wrote it
 * @param goal       the strategy goal the target serves
 */
@dev.itss.model.Covers({"I-3"})
public record ControlRow(
        String target,
        String action,
        Optional<String> owner,
        Bilingual ownerRole,
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
        List<Evidence> measuredFrom,
        String unavailableReason,
        List<String> stillOpen,
        List<String> actionEvidence,
        Optional<String> goal) {

    public ControlRow {
        measuredFrom = List.copyOf(measuredFrom);
        stillOpen = List.copyOf(stillOpen);
        actionEvidence = List.copyOf(actionEvidence);
    }

    /** Who answers for the target in a language: the person named, else the role. */
    public String ownerIn(java.util.Locale locale) {
        return owner.orElseGet(() -> ownerRole.in(locale));
    }
}

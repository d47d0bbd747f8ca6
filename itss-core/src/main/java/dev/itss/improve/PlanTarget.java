package dev.itss.improve;

import dev.itss.measure.Direction;
import dev.itss.measure.Unit;
import dev.itss.model.Subject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * What the plan must achieve for one metric of one subject, owned by exactly one action.
 *
 * @param id           {@code metric@kind:id}: stable across periods, so a verification and the next
 *                     plan speak of the same target
 * @param action       the owning action's id (its template id, e.g. {@code A-P-02})
 * @param contributors other actions of the plan that also move the metric for this subject
 * @param metric       the catalogue metric
 * @param subject      the subject
 * @param direction    which way the metric improves
 * @param unit         the metric's unit, for reports
 * @param baseline     the value measured in the plan's period
 * @param stages       the values to reach, first stage first; the last is final
 * @param goal         the strategy goal it serves, if any
 * @param carriedFrom  the period a verification carried it from, when it was not met there
 */
public record PlanTarget(
        @NotBlank String id,
        @NotBlank String action,
        List<@NotBlank String> contributors,
        @NotBlank String metric,
        @NotNull @Valid Subject subject,
        @NotNull Direction direction,
        @NotNull Unit unit,
        @NotNull Double baseline,
        @NotEmpty List<@NotNull @Valid TargetStage> stages,
        Optional<String> goal,
        Optional<String> carriedFrom) {

    public PlanTarget {
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
        stages = stages == null ? List.of() : List.copyOf(stages);
        goal = goal == null ? Optional.empty() : goal;
        carriedFrom = carriedFrom == null ? Optional.empty() : carriedFrom;
    }

    /** The id of the target of a metric for a subject. */
    public static String idOf(String metric, Subject subject) {
        return metric + "@" + subject.key();
    }

    /** The last stage. */
    public TargetStage finalStage() {
        return stages.get(stages.size() - 1);
    }

    /** The stage due by {@code date}: the last one due on or before it, else the first. */
    public TargetStage stageDueBy(java.time.LocalDate date) {
        TargetStage due = stages.get(0);
        for (TargetStage stage : stages) {
            if (!stage.due().isAfter(date)) {
                due = stage;
            }
        }
        return due;
    }
}

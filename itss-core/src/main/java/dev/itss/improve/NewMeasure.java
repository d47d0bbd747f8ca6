package dev.itss.improve;

import dev.itss.measure.Direction;
import dev.itss.measure.Unit;
import dev.itss.model.Subject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A measure a verification sets for a target it did not find met (ITSS I-3: "analyse the cause
 * and set new measures"); the next plan takes it, so the loop closes.
 *
 * @param target     the target's id
 * @param action     the action that takes the measure in the next plan
 * @param kind       what is to be done
 * @param metric     the target's metric
 * @param subject    its subject
 * @param direction  which way the metric improves
 * @param unit       its unit
 * @param baseline   the value measured in the verified period (the plan's baseline when it could not be measured)
 * @param stages     the target's remaining stages, due in the periods after the verified one
 * @param fromPeriod the verified period, as {@code start/end}
 */
public record NewMeasure(
        @NotBlank String target,
        @NotBlank String action,
        @NotNull Kind kind,
        @NotBlank String metric,
        @NotNull @Valid Subject subject,
        @NotNull Direction direction,
        @NotNull Unit unit,
        @NotNull Double baseline,
        @NotEmpty List<@NotNull @Valid TargetStage> stages,
        @NotBlank String fromPeriod) {

    public NewMeasure {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** The value of the last stage. */
    public double finalValue() {
        return stages.get(stages.size() - 1).value();
    }

    /** What a new measure asks for. */
    public enum Kind {
        /** The action was not finished (or the target's later stage is still ahead): finish it, same target, next period. */
        CONTINUE,
        /** The action was done and the target was still missed: find the root cause (problem management) and strengthen the action. */
        ESCALATE,
        /** The target could not be measured: collect the data first. */
        MEASURE,
        /** The action was rejected and the target missed: choose another action, or waive the finding with a reason. */
        RECONSIDER
    }
}

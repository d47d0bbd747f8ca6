package dev.itss.improve;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A date of the plan and what falls due on it.
 *
 * @param date    the day
 * @param kind    what happens
 * @param targets ids of the targets whose stage is due that day
 * @param actions ids of the actions due that day
 */
public record Milestone(@NotNull LocalDate date, @NotNull Kind kind, List<String> targets, List<String> actions) {

    public Milestone {
        targets = targets == null ? List.of() : List.copyOf(targets);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** What happens at a milestone. */
    public enum Kind {
        /** Intermediate stages of HIGH-effort targets are due, and verified with that period's data. */
        INTERMEDIATE_TARGETS,
        /** Final targets are due. */
        FINAL_TARGETS,
        /** The verification (ITSS I-3): the plan is checked against the period's data. */
        VERIFICATION
    }
}

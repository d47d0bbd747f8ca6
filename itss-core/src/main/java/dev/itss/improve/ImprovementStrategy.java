package dev.itss.improve;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The improvement strategy (ITSS S-1): the business goals the improvement serves and the level each
 * must reach. The plan's targets serve these goals: a goal's level is the final target of its
 * metric, and a goal whose metric no finding names still gets a target when the metric is measured
 * short of the level. Texts are quoted as the organisation wrote them, in its own language.
 *
 * <pre>{@code
 * # strategy.yaml
 * statement: "Keep the wards working: HIS and PACS come first."
 * accountable: "Director of the IT department"
 * stakeholders:
 *   - {name: "Ward nursing directors", duty: CONSULTED}
 * goals:
 *   - id: G-1
 *     title: "P1 incidents of HIS resolved within 4 h"
 *     reason: "wards stop without HIS"
 *     metric: tickets.resolution_sla_rate
 *     level: 0.95
 *     due: 2027-03-31
 * }</pre>
 *
 * @param statement    the goal and motivation of the improvement, in a sentence or two
 * @param accountable  the leader accountable for the plan (the "leader in charge" who receives the
 *                     verification report); the plan names a default role when absent
 * @param stakeholders further people or bodies to consult or inform
 * @param goals        the business goals
 */
@dev.itss.model.Covers({"S-1"})
public record ImprovementStrategy(
        Optional<String> statement,
        Optional<String> accountable,
        List<@NotNull @Valid StrategyStakeholder> stakeholders,
        List<@NotNull @Valid Goal> goals) {

    public ImprovementStrategy {
        statement = statement == null ? Optional.empty() : statement;
        accountable = accountable == null ? Optional.empty() : accountable;
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    /** No strategy: the plan's targets are the policy's bands. */
    public static ImprovementStrategy none() {
        return new ImprovementStrategy(Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** The goal for a metric and subject: one naming the subject first, else one for the metric as a whole. */
    public Optional<Goal> goalFor(String metric, String subjectId) {
        Optional<Goal> exact = goals.stream().filter(g -> g.metric().equals(metric) && g.subject().filter(subjectId::equals).isPresent()).findFirst();
        return exact.or(() -> goals.stream().filter(g -> g.metric().equals(metric) && g.subject().isEmpty()).findFirst());
    }

    /**
     * One business goal.
     *
     * @param id      short id the plan and the reports cite, e.g. {@code G-1}
     * @param title   what is to be reached, e.g. "P1 incidents of HIS resolved within 4 h in 95 % of cases"
     * @param reason  the business reason, e.g. "wards stop without HIS"
     * @param metric  the catalogue metric that measures it
     * @param subject the subject id the goal is about (a service, a post); absent for the metric as a whole
     * @param level   the level to reach, in the metric's unit (0.95 for 95 %)
     * @param due     when it must be reached; the plan stages its target to it, or to the next
     *                period (one stage) and the one after (a HIGH-effort action) when absent
     */
    public record Goal(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]*", message = "must be a short id of letters, digits, '.', '_' or '-', e.g. G-1") String id,
            @NotBlank String title,
            @NotBlank String reason,
            @NotBlank String metric,
            Optional<String> subject,
            @NotNull Double level,
            Optional<LocalDate> due) {

        public Goal {
            subject = subject == null ? Optional.empty() : subject;
            due = due == null ? Optional.empty() : due;
        }
    }

    /**
     * A stakeholder the strategy names besides the action owners.
     *
     * @param name who (a person, a role or a body)
     * @param duty their duty for the plan
     */
    public record StrategyStakeholder(@NotBlank String name, @NotNull Raci duty) {}
}

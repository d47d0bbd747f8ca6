package dev.itss.improve;

import dev.itss.model.Bilingual;
import dev.itss.model.Element;
import dev.itss.model.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One action of the plan: a template (ITSS A- item) applied to every finding linked to it. The
 * generated part comes from the findings; the edited part ({@code owner}, {@code decision},
 * {@code due}, {@code budget}, {@code status}, {@code evidence}) is what people write into the
 * plan file during the period, and what the verification reads.
 *
 * @param id          the template id, e.g. {@code A-P-02}: one action per template in a plan
 * @param rank        1 for the most urgent action (see {@link ImprovementPlan} for the order)
 * @param element     the element the template improves
 * @param effort      its cost: LOW, MEDIUM or HIGH
 * @param title       the template's title
 * @param description what to do
 * @param ownerRole   the role that owns it by the template
 * @param targetRule  how its targets are set, in words
 * @param severity    the highest severity among its findings ({@code INFO} for an action that
 *                    only serves a strategy goal or a carried measure)
 * @param findings    keys of the findings it addresses, sorted
 * @param ruleIds     the detection rules of those findings, sorted
 * @param elements    the elements the findings span, in element order
 * @param priority    the score of the old ranking formula, kept as a tie-breaker (see {@link ImprovementPlan#priority})
 * @param owner       the person who owns it, once named
 * @param decision    accepted or rejected, once decided
 * @param due         when the work is to be finished
 * @param budget      what it may cost, in the plan's currency
 * @param status      how far it was carried out
 * @param evidence    what shows the work was done (minutes, tickets, training records), one line each
 */
@dev.itss.model.Covers({"I-2"})
public record ImprovementAction(
        @NotBlank @Pattern(regexp = "A-[PRTS]-\\d\\d", message = "must be an action template id such as A-P-02") String id,
        @Positive int rank,
        @NotNull Element element,
        @NotNull Effort effort,
        @NotNull @Valid Bilingual title,
        @NotNull @Valid Bilingual description,
        @NotNull @Valid Bilingual ownerRole,
        @NotNull @Valid Bilingual targetRule,
        @NotNull Severity severity,
        List<@NotBlank String> findings,
        List<@NotBlank String> ruleIds,
        List<@NotNull Element> elements,
        @PositiveOrZero double priority,
        Optional<String> owner,
        @NotNull Decision decision,
        Optional<LocalDate> due,
        Optional<@PositiveOrZero Double> budget,
        @NotNull ImplementationStatus status,
        List<@NotBlank String> evidence) {

    public ImprovementAction {
        findings = findings == null ? List.of() : List.copyOf(findings);
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
        elements = elements == null ? List.of() : List.copyOf(elements);
        owner = owner == null ? Optional.empty() : owner;
        due = due == null ? Optional.empty() : due;
        budget = budget == null ? Optional.empty() : budget;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A proposed action of a template, not yet decided, owned or started. */
    static ImprovementAction proposed(ActionTemplate template, Severity severity, List<String> findings, List<String> ruleIds,
                                      List<Element> elements, double priority, Optional<LocalDate> due) {
        return new ImprovementAction(template.id(), 1, template.element(), template.effort(), template.title(), template.description(),
                template.owner(), template.target(), severity, findings, ruleIds, elements, priority,
                Optional.empty(), Decision.PROPOSED, due, Optional.empty(), ImplementationStatus.NOT_STARTED, List.of());
    }

    /** The same action at another rank. */
    public ImprovementAction withRank(int newRank) {
        return new ImprovementAction(id, newRank, element, effort, title, description, ownerRole, targetRule, severity, findings, ruleIds,
                elements, priority, owner, decision, due, budget, status, evidence);
    }

    /** The same action due on another day. */
    public ImprovementAction withDue(LocalDate newDue) {
        return new ImprovementAction(id, rank, element, effort, title, description, ownerRole, targetRule, severity, findings, ruleIds,
                elements, priority, owner, decision, Optional.of(newDue), budget, status, evidence);
    }

    /** Who answers for it: the person named, else the template's role in the language. */
    public String ownerIn(java.util.Locale locale) {
        return owner.orElseGet(() -> ownerRole.in(locale));
    }

    /** True when it was decided against or carried out only in part. */
    public boolean notDone() {
        return decision == Decision.REJECTED || status != ImplementationStatus.DONE;
    }
}

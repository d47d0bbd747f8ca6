package dev.itss.improve;

import dev.itss.check.Finding;
import dev.itss.check.Findings;
import dev.itss.measure.Measurement;
import dev.itss.measure.Measurements;
import dev.itss.model.Organisation;
import dev.itss.model.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verification of a plan against the next period's data (ITSS I-3): the improvement control
 * table, the actions' implementation (I-2), the cause analysis of every target not met, and the
 * new measures that carry into the next plan. Rendered by
 * {@link dev.itss.report.VerificationReport} as the statistical analysis and improvement report
 * for the quality-management department and the leader in charge.
 *
 * <p>A target's status compares the value measured in the verified period with the stage due by
 * then: reached is {@code MET}; better than the baseline but short of it is
 * {@code PARTIALLY_MET}; no better than the baseline is {@code NOT_MET}; no value is
 * {@code NOT_MEASURABLE} (never a pass, never a zero). A target met on its intermediate stage
 * carries its later stages into the next plan.
 *
 * <pre>{@code
 * ImprovementPlan plan = PlanFile.read(Path.of("history/2026-Q2/plan.yaml"));
 * Verification verification = engine.verify(plan, engine.assess(nextSnapshot, policy, nextRecords));
 * verification.controlTable().forEach(row -> System.out.println(row.target() + " " + row.status()));
 * }</pre>
 *
 * @param schemaVersion the JSON layout's version
 * @param organisation  the organisation
 * @param planned       the plan's period
 * @param verified      the period verified against
 * @param accountable   the leader in charge, from the plan
 * @param controlTable  one row per target, in the plan's order
 * @param actions       the plan's actions as they were carried out
 * @param causes        the cause analysis of each target not met
 * @param newMeasures   what carries into the next plan
 */
@dev.itss.model.Covers({"I-3"})
public record Verification(
        int schemaVersion,
        Organisation organisation,
        Period planned,
        Period verified,
        String accountable,
        List<ControlRow> controlTable,
        List<ImprovementAction> actions,
        List<CauseAnalysis> causes,
        List<NewMeasure> newMeasures) {

    /** The version of the verification JSON's layout. */
    public static final int SCHEMA_VERSION = 1;

    public Verification {
        controlTable = List.copyOf(controlTable);
        actions = List.copyOf(actions);
        causes = List.copyOf(causes);
        newMeasures = List.copyOf(newMeasures);
    }

    /** How many targets have each status; every status is present, zero when none. */
    public Map<TargetStatus, Long> summary() {
        Map<TargetStatus, Long> counts = new EnumMap<>(TargetStatus.class);
        for (TargetStatus status : TargetStatus.values()) {
            counts.put(status, 0L);
        }
        controlTable.forEach(row -> counts.merge(row.status(), 1L, Long::sum));
        return counts;
    }

    /**
     * Verifies a plan against the measurements and findings of a later period.
     *
     * @throws IllegalArgumentException when the period verified does not come after the plan's
     */
    public static Verification of(ImprovementPlan plan, Period verified, Measurements measurements, Findings findings) {
        if (!verified.start().isAfter(plan.period().end())) {
            throw new IllegalArgumentException("the verified period " + verified.start() + " to " + verified.end()
                    + " must come after the plan's period, which ends " + plan.period().end());
        }
        Map<String, Finding> open = new HashMap<>();
        findings.findings().stream().filter(f -> !f.waived()).forEach(f -> open.put(f.key(), f));
        List<ControlRow> rows = new ArrayList<>();
        List<CauseAnalysis> causes = new ArrayList<>();
        List<NewMeasure> measures = new ArrayList<>();
        Map<String, Optional<Measurement>> actuals = new HashMap<>();
        for (PlanTarget target : plan.targets()) {
            actuals.put(target.id(), measurements.of(target.metric(), target.subject()));
        }
        String from = verified.start() + "/" + verified.end();
        for (PlanTarget target : plan.targets()) {
            ImprovementAction owner = plan.action(target.action()).orElseThrow();
            TargetStage stage = target.stageDueBy(verified.end());
            Optional<Measurement> measured = actuals.get(target.id()).filter(Measurement::available);
            Optional<Double> actual = measured.map(Measurement::value);
            TargetStatus status = status(target, stage, actual);
            List<String> persisting = persisting(plan, target, open);
            String unavailable = measured.isPresent() ? "" : actuals.get(target.id()).map(Measurement::unavailableReason).filter(r -> !r.isEmpty())
                    .orElse("the period has no value for " + target.metric() + " of " + target.subject().key());
            rows.add(new ControlRow(target.id(), owner.id(), owner.owner(), owner.ownerRole(), target.metric(), target.subject(), target.direction(),
                    target.unit(), target.baseline(), stage.value(), stage.due(), stage.isFinal(), actual, status, measured.map(Measurement::inputs).orElse(List.of()), unavailable, persisting, owner.evidence(),
                    target.goal()));

            List<TargetStage> later = target.stages().stream().filter(s -> s.due().isAfter(verified.end())).toList();
            if (status == TargetStatus.MET) {
                if (!stage.isFinal() && !later.isEmpty()) {
                    measures.add(measure(target, NewMeasure.Kind.CONTINUE, actual.orElse(target.baseline()), later, from));
                }
                continue;
            }
            List<CauseAnalysis.ActionState> notDone = new ArrayList<>();
            Set<String> involved = new LinkedHashSet<>();
            involved.add(owner.id());
            involved.addAll(target.contributors());
            for (String id : involved) {
                plan.action(id).filter(ImprovementAction::notDone)
                        .ifPresent(a -> notDone.add(new CauseAnalysis.ActionState(a.id(), a.decision(), a.status())));
            }
            List<CauseAnalysis.MetricMove> wrongWay = new ArrayList<>();
            for (PlanTarget other : plan.targets()) {
                boolean related = other.id().equals(target.id()) || other.action().equals(target.action()) || other.subject().equals(target.subject());
                Optional<Measurement> m = actuals.get(other.id()).filter(Measurement::available);
                if (related && m.isPresent() && other.direction().isWorse(m.get().value(), other.baseline())) {
                    wrongWay.add(new CauseAnalysis.MetricMove(other.id(), other.metric(), other.subject(), other.baseline(), m.get().value()));
                }
            }
            causes.add(new CauseAnalysis(target.id(), status, persisting, wrongWay, notDone, unavailable));
            NewMeasure.Kind kind = status == TargetStatus.NOT_MEASURABLE ? NewMeasure.Kind.MEASURE
                    : owner.decision() == Decision.REJECTED ? NewMeasure.Kind.RECONSIDER
                    : owner.notDone() ? NewMeasure.Kind.CONTINUE : NewMeasure.Kind.ESCALATE;
            List<TargetStage> remaining = later.isEmpty()
                    ? List.of(new TargetStage(target.finalStage().value(), ImprovementPlan.periodAfter(verified).end(), true))
                    : later;
            measures.add(measure(target, kind, actual.orElse(target.baseline()), remaining, from));
        }
        return new Verification(SCHEMA_VERSION, plan.organisation(), plan.period(), verified, plan.accountable(), rows, plan.actions(), causes, measures);
    }

    private static TargetStatus status(PlanTarget target, TargetStage stage, Optional<Double> actual) {
        if (actual.isEmpty()) {
            return TargetStatus.NOT_MEASURABLE;
        }
        double value = actual.get();
        if (!target.direction().isWorse(value, stage.value())) {
            return TargetStatus.MET;
        }
        return target.direction().isWorse(target.baseline(), value) ? TargetStatus.PARTIALLY_MET : TargetStatus.NOT_MET;
    }

    /**
     * The owning and contributing actions' findings still open in the verified period on the
     * target's metric, or on its subject when that is an entity (a post, a service): every finding
     * about the organisation as a whole would otherwise count for each of its targets.
     */
    private static List<String> persisting(ImprovementPlan plan, PlanTarget target, Map<String, Finding> open) {
        List<String> out = new ArrayList<>();
        Set<String> actions = new LinkedHashSet<>();
        actions.add(target.action());
        actions.addAll(target.contributors());
        for (String id : actions) {
            for (String key : plan.action(id).map(ImprovementAction::findings).orElse(List.of())) {
                Finding now = open.get(key);
                boolean onSubject = now != null && now.subject().equals(target.subject()) && !now.subject().kind().equals("organisation");
                if (now != null && (now.metric().equals(target.metric()) || onSubject) && !out.contains(key)) {
                    out.add(key);
                }
            }
        }
        return out;
    }

    private static NewMeasure measure(PlanTarget target, NewMeasure.Kind kind, double baseline, List<TargetStage> stages, String from) {
        return new NewMeasure(target.id(), target.action(), kind, target.metric(), target.subject(), target.direction(), target.unit(),
                baseline, stages, from);
    }
}

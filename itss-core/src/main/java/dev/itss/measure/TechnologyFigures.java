package dev.itss.measure;

import static dev.itss.measure.MetricCatalog.*;

import dev.itss.model.Activity;
import dev.itss.model.Automation;
import dev.itss.model.Drill;
import dev.itss.model.EmergencyPlan;
import dev.itss.model.Engineer;
import dev.itss.model.PlanItem;
import dev.itss.model.Sop;
import dev.itss.model.Subject;
import dev.itss.model.TechnicalStandard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The measure stage for technology (技术): SOPs, emergency plans, the technology plan, outputs, standards, research and monitoring.
 */
final class TechnologyFigures extends ElementFigures {

    TechnologyFigures(Sheet sheet) {
        super(sheet);
    }

    @Override
    void measure() {
        technology();
    }

    // ------------------------------------------------------------------ technology

    /**
     * The effect of the drills (M-T-05): of the plans whose latest drill recorded an objective and a
     * result, the share that recovered within the objective; and the completeness of the plans
     * (P-T-03): of the services and the risks that threaten a service, the share an approved plan
     * answers.
     */
    private void drills(List<EmergencyPlan> plans) {
        List<Drill> judged = plans.stream().flatMap(p -> p.latestDrill().stream())
                .filter(d -> d.recoveryObjectiveMinutes().isPresent() && d.recoveredInMinutes().isPresent()).toList();
        if (judged.isEmpty()) {
            notAvailable(DRILL_OBJECTIVE_RATE, organisation, plans.isEmpty() ? "no emergency plans reported (technology.emergencyPlans)"
                    : "no latest drill records a recovery objective and the time achieved (technology.emergencyPlans[].drills[])");
        } else {
            long met = judged.stream().filter(Formulas::drillMetObjective).count();
            add(Measurement.of(DRILL_OBJECTIVE_RATE, organisation, (double) met / judged.size(),
                    Evidence.count("met", met), Evidence.count("drills", judged.size())));
        }
        List<String> needing = new ArrayList<>();
        s.services().forEach(v -> needing.add("service:" + v.id()));
        s.supervision().ifPresent(sup -> sup.risks().stream().filter(r -> !r.services().isEmpty()).forEach(r -> needing.add("risk:" + r.id())));
        if (needing.isEmpty()) {
            notAvailable(EMERGENCY_PLAN_COVERAGE, organisation, "no services and no risks that threaten a service (services, supervision.risks[].services)");
        } else {
            Set<String> answered = new HashSet<>();
            plans.forEach(p -> {
                p.services().forEach(v -> answered.add("service:" + v));
                p.risks().forEach(r -> answered.add("risk:" + r));
            });
            long covered = needing.stream().filter(answered::contains).count();
            add(Measurement.of(EMERGENCY_PLAN_COVERAGE, organisation, (double) covered / needing.size(),
                    Evidence.count("covered", covered), Evidence.count("needing", needing.size())));
        }
    }

    private void technology() {
        List<Activity> activities = s.technology().activities();
        List<Sop> sops = s.technology().sops();
        if (activities.isEmpty()) {
            notAvailable(SOP_COVERAGE, organisation, "no routine activities reported (technology.activities)");
            notAvailable(AUTOMATION_RATE, organisation, "no routine activities reported (technology.activities)");
        } else {
            Set<String> withSop = sops.stream().map(Sop::activity).collect(Collectors.toCollection(HashSet::new));
            List<String> uncovered = activities.stream().filter(a -> !withSop.contains(a.id())).map(Activity::name).toList();
            long covered = activities.size() - uncovered.size();
            add(Measurement.of(SOP_COVERAGE, organisation, (double) covered / activities.size(),
                    Evidence.count("covered", covered), Evidence.count("activities", activities.size())));
            List<Activity> reporting = activities.stream().filter(a -> a.automation().isPresent()).toList();
            List<String> manual = reporting.stream().filter(a -> a.automation().get() == Automation.NONE).map(Activity::name).toList();
            ratio(AUTOMATION_RATE, organisation, reporting.size() - manual.size(), reporting.size(),
                    "no activity reports its automation (technology.activities[].automation)",
                    Evidence.count("automated", reporting.size() - manual.size()), Evidence.count("activities", reporting.size()));
        }
        if (sops.isEmpty()) {
            notAvailable(SOP_AGE_DAYS, organisation, "no SOPs reported (technology.sops)");
        }
        Map<String, String> activityNames = activities.stream().collect(Collectors.toMap(Activity::id, Activity::name));
        for (Sop sop : sops) {
            add(Measurement.of(SOP_AGE_DAYS, subject("sop", sop.id(), sop.id()), daysToEnd(sop.lastReviewed()),
                    Evidence.date("lastReviewed", sop.lastReviewed()),
                    Evidence.text("activity", activityNames.getOrDefault(sop.activity(), sop.activity()))));
        }
        List<EmergencyPlan> plans = s.technology().emergencyPlans();
        if (plans.isEmpty()) {
            notAvailable(DAYS_SINCE_DRILL, organisation, "no emergency plans reported (technology.emergencyPlans)");
            notAvailable(DAYS_UNDRILLED, organisation, "no emergency plans reported (technology.emergencyPlans)");
        }
        for (EmergencyPlan plan : plans) {
            Subject subject = subject("emergency-plan", plan.id(), plan.scenario());
            // a drilled plan is judged on the days since its last drill, a plan never drilled on the
            // days since its approval against the first-drill allowance: two figures, one per plan
            plan.lastDrillOn().ifPresentOrElse(
                    d -> add(Measurement.of(DAYS_SINCE_DRILL, subject, daysToEnd(d), Evidence.date("lastDrill", d), Evidence.date("approvedOn", plan.approvedOn()))),
                    () -> add(Measurement.of(DAYS_UNDRILLED, subject, daysToEnd(plan.approvedOn()), Evidence.date("approvedOn", plan.approvedOn()))));
        }
        drills(plans);

        LocalDate end = s.period().end();
        List<PlanItem> due = s.technology().plan().stream().filter(i -> !i.due().isAfter(end)).toList();
        List<String> late = due.stream().filter(i -> i.completedOn().isEmpty()).map(PlanItem::name).toList();
        if (s.technology().plan().isEmpty()) {
            notAvailable(PLAN_COMPLETION, organisation, "no technology plan reported (technology.plan)");
        } else {
            ratio(PLAN_COMPLETION, organisation, due.size() - late.size(), due.size(), "no plan item was due by the period end",
                    Evidence.count("completed", due.size() - late.size()), Evidence.count("due", due.size()));
        }
        if (s.technology().outputs().isEmpty()) {
            notAvailable(OUTPUT_USE_RATE, organisation, "no technical outputs reported (technology.outputs)");
        } else {
            List<String> unused = s.technology().outputs().stream().filter(o -> o.uses() == 0).map(o -> o.name()).toList();
            int outputs = s.technology().outputs().size();
            add(Measurement.of(OUTPUT_USE_RATE, organisation, (double) (outputs - unused.size()) / outputs,
                    Evidence.count("used", outputs - unused.size()), Evidence.count("outputs", outputs)));
        }
        List<TechnicalStandard> standards = s.technology().standards();
        if (standards.isEmpty()) {
            notAvailable(STANDARDS_AGREED_RATE, organisation, "no technical standards reported (technology.standards)");
        } else {
            List<String> unagreed = standards.stream().filter(t -> t.agreedOn().isEmpty()).map(TechnicalStandard::name).toList();
            add(Measurement.of(STANDARDS_AGREED_RATE, organisation, (double) (standards.size() - unagreed.size()) / standards.size(),
                    Evidence.count("agreed", standards.size() - unagreed.size()), Evidence.count("standards", standards.size())));
        }
        s.technology().research().ifPresentOrElse(r -> {
            double worked = s.people().engineers().stream().mapToDouble(Engineer::workedHours).sum();
            ratio(RND_TIME_SHARE, organisation, r.hours(), worked, "no engineer hours reported (people.engineers), so the R&D share has no denominator",
                    Evidence.hours("rndHours", r.hours()), Evidence.hours("workedHours", worked));
            ratio(PILOT_ADOPTION_RATE, organisation, r.pilotsAdopted(), r.pilots(), "no pilots completed in the period",
                    Evidence.count("adopted", r.pilotsAdopted()), Evidence.count("pilots", r.pilots()));
        }, () -> {
            notAvailable(RND_TIME_SHARE, organisation, "no research reported (technology.research)");
            notAvailable(PILOT_ADOPTION_RATE, organisation, "no research reported (technology.research)");
        });
        s.technology().monitoring().ifPresentOrElse(m -> {
            ratio(MONITORING_COVERAGE, organisation, m.monitoredItems(), m.configurationItems(), "no configuration items to monitor",
                    Evidence.count("monitored", m.monitoredItems()), Evidence.count("items", m.configurationItems()));
            ratio(FALSE_ALERT_RATE, organisation, m.falseAlerts(), m.alerts(), "no alerts in the period, so the false-alert rate has no denominator",
                    Evidence.count("falseAlerts", m.falseAlerts()), Evidence.count("alerts", m.alerts()));
        }, () -> {
            notAvailable(MONITORING_COVERAGE, organisation, "no monitoring reported (technology.monitoring)");
            notAvailable(FALSE_ALERT_RATE, organisation, "no monitoring reported (technology.monitoring)");
        });
    }

}

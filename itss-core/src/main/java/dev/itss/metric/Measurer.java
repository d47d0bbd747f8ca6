package dev.itss.metric;

import static dev.itss.metric.MetricCatalog.ANSWER_RATE;
import static dev.itss.metric.MetricCatalog.DAYS_SINCE_DRILL;
import static dev.itss.metric.MetricCatalog.DISPATCH_ACCURACY;
import static dev.itss.metric.MetricCatalog.ENGINEER_SATURATION;
import static dev.itss.metric.MetricCatalog.KNOWLEDGE_USE_RATE;
import static dev.itss.metric.MetricCatalog.KPI_RELIABILITY;
import static dev.itss.metric.MetricCatalog.POST_BACKUP_RATE;
import static dev.itss.metric.MetricCatalog.POST_STAFFING_RATE;
import static dev.itss.metric.MetricCatalog.REQUIRED_PROCESS_COVERAGE;
import static dev.itss.metric.MetricCatalog.SLA_SHORTFALL;
import static dev.itss.metric.MetricCatalog.SOP_AGE_DAYS;
import static dev.itss.metric.MetricCatalog.SOP_COVERAGE;
import static dev.itss.metric.MetricCatalog.SPARE_PART_HIT_RATE;
import static dev.itss.metric.MetricCatalog.SPARE_PART_IDLE_DAYS;

import dev.itss.model.Activity;
import dev.itss.model.EmergencyPlan;
import dev.itss.model.Engineer;
import dev.itss.model.KpiSource;
import dev.itss.model.Period;
import dev.itss.model.Post;
import dev.itss.model.ProcessDefinition;
import dev.itss.model.ServiceOffering;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.Sop;
import dev.itss.model.SparePart;
import dev.itss.model.Subject;
import dev.itss.policy.Policy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The measure stage: computes every catalogue metric from a valid snapshot. A metric whose inputs
 * are absent is recorded as not available, with the reason, for the organisation (a whole section
 * missing) or for one subject (a post with no demand, a desk that took no calls); it is never
 * skipped and never counted as a pass.
 *
 * <pre>{@code
 * Measurements measurements = Measurer.measure(snapshot, policy);
 * }</pre>
 */
public final class Measurer {
    private Measurer() {}

    /**
     * Measures a snapshot. The snapshot must be valid ({@link dev.itss.model.SnapshotValidator});
     * the policy supplies what the organisation requires (its required processes).
     */
    public static Measurements measure(ServiceSnapshot snapshot, Policy policy) {
        Subject organisation = new Subject("organisation", snapshot.organisation().id(), snapshot.organisation().name());
        List<Measurement> out = new ArrayList<>();
        people(snapshot, organisation, out);
        resources(snapshot, organisation, out);
        technology(snapshot, organisation, out);
        process(snapshot, policy, organisation, out);
        return new Measurements(out);
    }

    private static void people(ServiceSnapshot s, Subject organisation, List<Measurement> out) {
        List<Post> posts = s.people().posts();
        List<Engineer> engineers = s.people().engineers();
        if (posts.isEmpty()) {
            out.add(Measurement.notAvailable(POST_STAFFING_RATE, organisation, "no posts reported (people.posts)"));
            out.add(Measurement.notAvailable(POST_BACKUP_RATE, organisation, "no posts reported (people.posts)"));
        } else {
            Map<String, Long> staffed = engineers.stream().collect(Collectors.groupingBy(Engineer::post, Collectors.counting()));
            for (Post post : posts) {
                long count = staffed.getOrDefault(post.id(), 0L);
                out.add(Measurement.of(POST_STAFFING_RATE, subject("post", post.id(), post.name()),
                        (double) count / post.requiredHeadcount(),
                        Evidence.count("staffed", count), Evidence.count("required", post.requiredHeadcount())));
            }
            Set<String> backedUp = engineers.stream().flatMap(e -> e.backupFor().stream()).collect(Collectors.toSet());
            List<String> uncovered = posts.stream().filter(p -> !backedUp.contains(p.id())).map(Post::name).toList();
            long covered = posts.size() - uncovered.size();
            out.add(Measurement.of(POST_BACKUP_RATE, organisation, (double) covered / posts.size(),
                    Evidence.count("covered", covered), Evidence.count("posts", posts.size()), Evidence.list("uncovered", uncovered)));
        }
        if (engineers.isEmpty()) {
            out.add(Measurement.notAvailable(ENGINEER_SATURATION, organisation, "no engineers reported (people.engineers)"));
        }
        for (Engineer engineer : engineers) {
            Subject subject = subject("engineer", engineer.id(), engineer.name());
            if (engineer.contractedHours() == 0) {
                out.add(Measurement.notAvailable(ENGINEER_SATURATION, subject, "contractedHours is 0, so saturation has no denominator"));
            } else {
                out.add(Measurement.of(ENGINEER_SATURATION, subject, engineer.workedHours() / engineer.contractedHours(),
                        Evidence.hours("workedHours", engineer.workedHours()), Evidence.hours("contractedHours", engineer.contractedHours())));
            }
        }
    }

    private static void resources(ServiceSnapshot s, Subject organisation, List<Measurement> out) {
        Subject desk = subject("service-desk", "service-desk", "Service desk");
        s.resources().serviceDesk().ifPresentOrElse(d -> {
            out.add(d.callsOffered() == 0
                    ? Measurement.notAvailable(ANSWER_RATE, desk, "callsOffered is 0, so the answer rate has no denominator")
                    : Measurement.of(ANSWER_RATE, desk, (double) d.callsAnswered() / d.callsOffered(),
                            Evidence.count("answered", d.callsAnswered()), Evidence.count("offered", d.callsOffered()),
                            Evidence.count("missed", d.callsOffered() - d.callsAnswered())));
            out.add(d.ticketsDispatched() == 0
                    ? Measurement.notAvailable(DISPATCH_ACCURACY, desk, "ticketsDispatched is 0, so dispatch accuracy has no denominator")
                    : Measurement.of(DISPATCH_ACCURACY, desk, (double) (d.ticketsDispatched() - d.ticketsRedispatched()) / d.ticketsDispatched(),
                            Evidence.count("redispatched", d.ticketsRedispatched()), Evidence.count("dispatched", d.ticketsDispatched())));
        }, () -> {
            out.add(Measurement.notAvailable(ANSWER_RATE, desk, "no service-desk counts reported (resources.serviceDesk)"));
            out.add(Measurement.notAvailable(DISPATCH_ACCURACY, desk, "no service-desk counts reported (resources.serviceDesk)"));
        });

        Subject knowledgeBase = subject("knowledge-base", "knowledge-base", "Knowledge base");
        s.resources().knowledge().ifPresentOrElse(kb -> {
            long resolved = (long) kb.ticketsResolvedWithArticle() + kb.ticketsResolvedWithoutArticle();
            out.add(resolved == 0
                    ? Measurement.notAvailable(KNOWLEDGE_USE_RATE, knowledgeBase, "no tickets resolved in the period, so knowledge use has no denominator")
                    : Measurement.of(KNOWLEDGE_USE_RATE, knowledgeBase, (double) kb.ticketsResolvedWithArticle() / resolved,
                            Evidence.count("withArticle", kb.ticketsResolvedWithArticle()), Evidence.count("resolved", resolved),
                            Evidence.count("articles", kb.articles().size())));
        }, () -> out.add(Measurement.notAvailable(KNOWLEDGE_USE_RATE, knowledgeBase, "no knowledge base reported (resources.knowledge)")));

        List<SparePart> parts = s.resources().spareParts();
        Subject store = subject("spare-parts-store", "spare-parts-store", "Spare-parts store");
        if (parts.isEmpty()) {
            out.add(Measurement.notAvailable(SPARE_PART_IDLE_DAYS, store, "no spare parts reported (resources.spareParts)"));
            out.add(Measurement.notAvailable(SPARE_PART_HIT_RATE, store, "no spare parts reported (resources.spareParts)"));
            return;
        }
        Period period = s.period();
        for (SparePart part : parts) {
            LocalDate since = part.lastUsed().orElse(part.stockedOn());
            BigDecimal tiedUp = part.unitValue().multiply(BigDecimal.valueOf(part.quantity()));
            out.add(Measurement.of(SPARE_PART_IDLE_DAYS, subject("spare-part", part.id(), part.name()), period.daysUntilEnd(since),
                    Evidence.text("lastUsed", part.lastUsed().map(LocalDate::toString).orElse("never")),
                    Evidence.date("since", since),
                    Evidence.count("quantity", part.quantity()),
                    new Evidence("stockValue", tiedUp, Unit.TEXT)));
        }
        long requests = parts.stream().mapToLong(SparePart::requests).sum();
        long hits = parts.stream().mapToLong(SparePart::hits).sum();
        out.add(requests == 0
                ? Measurement.notAvailable(SPARE_PART_HIT_RATE, store, "no spare-part requests in the period, so the hit rate has no denominator")
                : Measurement.of(SPARE_PART_HIT_RATE, store, (double) hits / requests,
                        Evidence.count("hits", hits), Evidence.count("requests", requests)));
    }

    private static void technology(ServiceSnapshot s, Subject organisation, List<Measurement> out) {
        List<Activity> activities = s.technology().activities();
        List<Sop> sops = s.technology().sops();
        if (activities.isEmpty()) {
            out.add(Measurement.notAvailable(SOP_COVERAGE, organisation, "no routine activities reported (technology.activities)"));
        } else {
            Set<String> withSop = sops.stream().map(Sop::activity).collect(Collectors.toCollection(HashSet::new));
            List<String> uncovered = activities.stream().filter(a -> !withSop.contains(a.id())).map(Activity::name).toList();
            long covered = activities.size() - uncovered.size();
            out.add(Measurement.of(SOP_COVERAGE, organisation, (double) covered / activities.size(),
                    Evidence.count("covered", covered), Evidence.count("activities", activities.size()), Evidence.list("uncovered", uncovered)));
        }
        if (sops.isEmpty()) {
            out.add(Measurement.notAvailable(SOP_AGE_DAYS, organisation, "no SOPs reported (technology.sops)"));
        }
        Map<String, String> activityNames = activities.stream().collect(Collectors.toMap(Activity::id, Activity::name));
        for (Sop sop : sops) {
            out.add(Measurement.of(SOP_AGE_DAYS, subject("sop", sop.id(), sop.id()), s.period().daysUntilEnd(sop.lastReviewed()),
                    Evidence.date("lastReviewed", sop.lastReviewed()),
                    Evidence.text("activity", activityNames.getOrDefault(sop.activity(), sop.activity()))));
        }
        List<EmergencyPlan> plans = s.technology().emergencyPlans();
        if (plans.isEmpty()) {
            out.add(Measurement.notAvailable(DAYS_SINCE_DRILL, organisation, "no emergency plans reported (technology.emergencyPlans)"));
        }
        for (EmergencyPlan plan : plans) {
            LocalDate since = plan.lastDrill().orElse(plan.approvedOn());
            out.add(Measurement.of(DAYS_SINCE_DRILL, subject("emergency-plan", plan.id(), plan.scenario()), s.period().daysUntilEnd(since),
                    Evidence.text("lastDrill", plan.lastDrill().map(LocalDate::toString).orElse("never")),
                    Evidence.date("approvedOn", plan.approvedOn())));
        }
    }

    private static void process(ServiceSnapshot s, Policy policy, Subject organisation, List<Measurement> out) {
        List<ProcessDefinition> definitions = s.process().definitions();
        if (definitions.isEmpty()) {
            out.add(Measurement.notAvailable(REQUIRED_PROCESS_COVERAGE, organisation, "no processes reported (process.definitions)"));
            out.add(Measurement.notAvailable(KPI_RELIABILITY, organisation, "no processes reported (process.definitions)"));
        } else {
            List<String> required = policy.requiredProcesses();
            if (required.isEmpty()) {
                out.add(Measurement.notAvailable(REQUIRED_PROCESS_COVERAGE, organisation, "the policy requires no process (requiredProcesses)"));
            } else {
                Map<String, ProcessDefinition> byId = definitions.stream().collect(Collectors.toMap(ProcessDefinition::id, Function.identity()));
                List<String> missing = new ArrayList<>();
                for (String id : required) {
                    ProcessDefinition definition = byId.get(id);
                    if (definition == null) {
                        missing.add(id + " (not defined)");
                    } else if (definition.documentedOn().isEmpty()) {
                        missing.add(id + " (not documented)");
                    }
                }
                long documented = required.size() - missing.size();
                out.add(Measurement.of(REQUIRED_PROCESS_COVERAGE, organisation, (double) documented / required.size(),
                        Evidence.count("documented", documented), Evidence.count("required", required.size()), Evidence.list("missing", missing)));
            }
            for (ProcessDefinition definition : definitions) {
                long reliable = definition.kpis().stream().filter(k -> k.source() == KpiSource.SYSTEM_OF_RECORD).count();
                int defined = definition.kpis().size();
                out.add(Measurement.of(KPI_RELIABILITY, subject("process", definition.id(), definition.name()),
                        defined == 0 ? 0.0 : (double) reliable / defined,
                        Evidence.count("reliable", reliable), Evidence.count("defined", defined)));
            }
        }

        List<ServiceOffering> services = s.services();
        if (services.isEmpty()) {
            out.add(Measurement.notAvailable(SLA_SHORTFALL, organisation, "no services reported (services)"));
        }
        for (ServiceOffering service : services) {
            Subject subject = subject("service", service.id(), service.name());
            if (service.sla().isEmpty()) {
                out.add(Measurement.notAvailable(SLA_SHORTFALL, subject, "no SLA agreed for the service (services[].sla)"));
            } else if (service.tickets().isEmpty() || service.tickets().get().inScope() == 0) {
                out.add(Measurement.notAvailable(SLA_SHORTFALL, subject, "no tickets in scope reported for the service (services[].tickets)"));
            } else {
                double target = service.sla().get().attainmentTarget();
                int inScope = service.tickets().get().inScope();
                int met = service.tickets().get().metSla();
                double attainment = (double) met / inScope;
                out.add(Measurement.of(SLA_SHORTFALL, subject, target - attainment,
                        Evidence.ratio("attainment", attainment), Evidence.ratio("target", target),
                        Evidence.count("metSla", met), Evidence.count("inScope", inScope)));
            }
        }
    }

    private static Subject subject(String kind, String id, String name) {
        return new Subject(kind, id, name);
    }
}

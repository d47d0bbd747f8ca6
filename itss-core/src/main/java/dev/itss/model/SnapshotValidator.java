package dev.itss.model;

import dev.itss.read.DocumentReader;
import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The validate stage: Bean Validation of the records plus the checks across fields that
 * annotations cannot express (references between sections, counts that bound other counts, dates
 * after the period end, duplicate ids). Every problem is reported at once.
 *
 * <pre>{@code
 * SnapshotValidator.validate(snapshot);          // throws InvalidInputException listing all problems
 * }</pre>
 */
public final class SnapshotValidator {
    private static final DocumentReader<ServiceSnapshot> JAVA_OBJECTS =
            new DocumentReader<>(ServiceSnapshot.class, SnapshotValidator::consistency);

    private SnapshotValidator() {}

    /**
     * Validates a snapshot built in Java (snapshots read by {@link SnapshotReader} are already valid).
     *
     * @throws InvalidInputException listing every problem, each with its path
     */
    public static void validate(ServiceSnapshot snapshot) {
        JAVA_OBJECTS.validate("snapshot", snapshot);
    }

    /** The checks across fields; each problem has a path. Assumes Bean Validation passed. */
    public static List<InputProblem> consistency(ServiceSnapshot s) {
        List<InputProblem> problems = new ArrayList<>();
        Period period = s.period();
        LocalDate end = period.end();
        if (period.end().isBefore(period.start())) {
            problems.add(problem("period.end", period.end() + " is before the period start " + period.start()));
        }
        unique(problems, "services", s.services(), ServiceOffering::id);
        events(s, problems);
        for (int i = 0; i < s.services().size(); i++) {
            ServiceOffering service = s.services().get(i);
            String at = "services[" + i + "]";
            service.tickets().ifPresent(t -> notAbove(problems, at + ".tickets.metSla", t.metSla(), "inScope", t.inScope()));
            service.tickets().ifPresent(t -> t.major().ifPresent(m -> notAbove(problems, at + ".tickets.major", m, "inScope", t.inScope())));
            service.cataloguedOn().ifPresent(d -> notAfter(problems, at + ".cataloguedOn", d, end, "service '" + service.id() + "'"));
            service.deployment().ifPresent(d -> {
                notAfter(problems, at + ".deployment.deployedOn", d.deployedOn(), end, "service '" + service.id() + "'");
                d.knowledgeTransferOn().ifPresent(k -> notAfter(problems, at + ".deployment.knowledgeTransferOn", k, end, "service '" + service.id() + "'"));
                d.testEnvironmentSince().ifPresent(k -> notAfter(problems, at + ".deployment.testEnvironmentSince", k, end, "service '" + service.id() + "'"));
                d.firstDrillOn().ifPresent(k -> notAfter(problems, at + ".deployment.firstDrillOn", k, end, "service '" + service.id() + "'"));
            });
        }

        People people = s.people();
        unique(problems, "people.posts", people.posts(), Post::id);
        unique(problems, "people.engineers", people.engineers(), Engineer::id);
        links(s, problems);
        long periodHours = (java.time.temporal.ChronoUnit.DAYS.between(period.start(), period.end()) + 1) * 24;
        for (int i = 0; i < people.engineers().size(); i++) {
            Engineer engineer = people.engineers().get(i);
            if (period.end().isAfter(period.start()) && engineer.workedHours() > periodHours) {
                problems.add(problem("people.engineers[" + i + "].workedHours", "must not exceed the " + periodHours + " hours of the period ("
                        + period.start() + " to " + period.end() + "), was " + engineer.workedHours()));
            }
            for (int j = 0; j < engineer.backupFor().size(); j++) {
                if (engineer.backupFor().get(j).equals(engineer.post())) {
                    problems.add(problem("people.engineers[" + i + "].backupFor[" + j + "]",
                            "is the engineer's own post '" + engineer.post() + "'; list only other posts"));
                }
            }
        }

        people.departures().ifPresent(departures -> {
            for (int i = 0; i < departures.size(); i++) {
                Departure departure = departures.get(i);
                String at = "people.departures[" + i + "]";
                if (departure.leftOn().isBefore(period.start()) || departure.leftOn().isAfter(end)) {
                    problems.add(problem(at + ".leftOn", departure.leftOn() + " is outside the period " + period.start() + " to " + end
                            + "; list only the period's departures"));
                }
            }
        });
        people.appraisal().ifPresent(a -> notAbove(problems, "people.appraisal.smartObjectives", a.smartObjectives(), "objectives", a.objectives()));
        people.training().ifPresent(t -> notAbove(problems, "people.training.passed", t.passed(), "trainees", t.trainees()));
        for (int i = 0; i < people.engineers().size(); i++) {
            Engineer engineer = people.engineers().get(i);
            String at = "people.engineers[" + i + "]";
            engineer.hiredOn().ifPresent(d -> notAfter(problems, at + ".hiredOn", d, end, "engineer '" + engineer.id() + "'"));
            engineer.absenceHours().ifPresent(h -> {
                if (h > engineer.contractedHours()) {
                    problems.add(problem(at + ".absenceHours", "must not exceed contractedHours (" + engineer.contractedHours() + "), was " + h));
                }
            });
        }
        for (int i = 0; i < people.posts().size(); i++) {
            Post post = people.posts().get(i);
            String at = "people.posts[" + i + "].responsibilitiesReviewedOn";
            post.responsibilitiesReviewedOn().ifPresent(d -> notAfter(problems, at, d, end, "post '" + post.id() + "'"));
        }

        Resources resources = s.resources();
        resources.serviceDesk().ifPresent(desk -> {
            if (desk.callsAnswered() > desk.callsOffered()) {
                problems.add(problem("resources.serviceDesk.callsAnswered", "must not exceed callsOffered (" + desk.callsOffered() + "), was " + desk.callsAnswered()));
            }
            // ticketsDispatched may exceed ticketsLogged: the desk also dispatches tickets it did not log from a call (portal, mail, monitoring)
            if (desk.ticketsRedispatched() > desk.ticketsDispatched()) {
                problems.add(problem("resources.serviceDesk.ticketsRedispatched", "must not exceed ticketsDispatched (" + desk.ticketsDispatched() + "), was " + desk.ticketsRedispatched()));
            }
            desk.callsResolvedOnPhone().ifPresent(n -> notAbove(problems, "resources.serviceDesk.callsResolvedOnPhone", n, "callsAnswered", desk.callsAnswered()));
            if (desk.callsResolvedOnPhone().isPresent() != desk.resolutionCallMinutes().isPresent()) {
                problems.add(problem("resources.serviceDesk." + (desk.callsResolvedOnPhone().isPresent() ? "resolutionCallMinutes" : "callsResolvedOnPhone"),
                        "is required when " + (desk.callsResolvedOnPhone().isPresent() ? "callsResolvedOnPhone" : "resolutionCallMinutes") + " is given"));
            }
        });
        unique(problems, "resources.spareParts", resources.spareParts(), SparePart::id);
        for (int i = 0; i < resources.spareParts().size(); i++) {
            SparePart part = resources.spareParts().get(i);
            String at = "resources.spareParts[" + i + "]";
            notAfter(problems, at + ".stockedOn", part.stockedOn(), end, "spare part '" + part.id() + "'");
            part.lastUsed().ifPresent(used -> {
                notAfter(problems, at + ".lastUsed", used, end, "spare part '" + part.id() + "'");
                if (used.isBefore(part.stockedOn())) {
                    problems.add(problem(at + ".lastUsed", "spare part '" + part.id() + "': lastUsed " + used + " is before stockedOn " + part.stockedOn()));
                }
            });
            if (part.hits() > part.requests()) {
                problems.add(problem(at + ".hits", "must not exceed requests (" + part.requests() + "), was " + part.hits()));
            }
            part.reused().ifPresent(r -> {
                if (part.issued().isEmpty()) {
                    problems.add(problem(at + ".issued", "is required when reused is given"));
                } else {
                    notAbove(problems, at + ".reused", r, "issued", part.issued().get());
                }
            });
        }
        resources.knowledge().ifPresent(kb -> {
            unique(problems, "resources.knowledge.articles", kb.articles(), KnowledgeArticle::id);
            for (int i = 0; i < kb.articles().size(); i++) {
                KnowledgeArticle article = kb.articles().get(i);
                String at = "resources.knowledge.articles[" + i + "]";
                notAfter(problems, at + ".created", article.created(), end, "article '" + article.id() + "'");
                article.updated().ifPresent(u -> notAfter(problems, at + ".updated", u, end, "article '" + article.id() + "'"));
            }
        });

        unique(problems, "resources.tools", resources.tools(), Tool::id);
        for (int i = 0; i < resources.tools().size(); i++) {
            Tool tool = resources.tools().get(i);
            String at = "resources.tools[" + i + "]";
            notAbove(problems, at + ".requirementsMet", tool.requirementsMet(), "requirements", tool.requirements());
            if (tool.downtimeHours() > tool.plannedHours()) {
                problems.add(problem(at + ".downtimeHours", "must not exceed plannedHours (" + tool.plannedHours() + "), was " + tool.downtimeHours()));
            }
        }

        Technology technology = s.technology();
        unique(problems, "technology.activities", technology.activities(), Activity::id);
        unique(problems, "technology.sops", technology.sops(), Sop::id);
        unique(problems, "technology.emergencyPlans", technology.emergencyPlans(), EmergencyPlan::id);
        for (int i = 0; i < technology.sops().size(); i++) {
            Sop sop = technology.sops().get(i);
            String at = "technology.sops[" + i + "]";
            notAfter(problems, at + ".lastReviewed", sop.lastReviewed(), end, "SOP '" + sop.id() + "'");
        }
        for (int i = 0; i < technology.emergencyPlans().size(); i++) {
            EmergencyPlan plan = technology.emergencyPlans().get(i);
            String at = "technology.emergencyPlans[" + i + "]";
            notAfter(problems, at + ".approvedOn", plan.approvedOn(), end, "emergency plan '" + plan.id() + "'");
            for (int j = 0; j < plan.drills().size(); j++) {
                Drill drill = plan.drills().get(j);
                String drillAt = at + ".drills[" + j + "]";
                notAfter(problems, drillAt + ".on", drill.on(), end, "emergency plan '" + plan.id() + "'");
                if (drill.on().isBefore(plan.approvedOn())) {
                    problems.add(problem(drillAt + ".on", "emergency plan '" + plan.id() + "': drill on " + drill.on()
                            + " is before the plan's approval on " + plan.approvedOn() + "; list the drills of the approved plan"));
                }
                if (drill.recoveredInMinutes().isPresent() && drill.recoveryObjectiveMinutes().isEmpty()) {
                    problems.add(problem(drillAt + ".recoveryObjectiveMinutes", "is required when recoveredInMinutes is given (the drill's effect is measured against it)"));
                }
            }
        }

        unique(problems, "technology.plan", technology.plan(), PlanItem::id);
        unique(problems, "technology.outputs", technology.outputs(), TechnicalOutput::id);
        unique(problems, "technology.standards", technology.standards(), TechnicalStandard::id);
        for (int i = 0; i < technology.plan().size(); i++) {
            PlanItem item = technology.plan().get(i);
            int index = i;
            item.completedOn().ifPresent(d -> notAfter(problems, "technology.plan[" + index + "].completedOn", d, end, "plan item '" + item.id() + "'"));
        }
        for (int i = 0; i < technology.standards().size(); i++) {
            TechnicalStandard standard = technology.standards().get(i);
            int index = i;
            standard.agreedOn().ifPresent(d -> notAfter(problems, "technology.standards[" + index + "].agreedOn", d, end, "standard '" + standard.id() + "'"));
        }
        technology.research().ifPresent(r -> notAbove(problems, "technology.research.pilotsAdopted", r.pilotsAdopted(), "pilots", r.pilots()));
        technology.monitoring().ifPresent(m -> {
            notAbove(problems, "technology.monitoring.monitoredItems", m.monitoredItems(), "configurationItems", m.configurationItems());
            notAbove(problems, "technology.monitoring.falseAlerts", m.falseAlerts(), "alerts", m.alerts());
        });

        Processes process = s.process();
        process.incidents().ifPresent(c -> {
            notAbove(problems, "process.incidents.reopened", c.reopened(), "resolved", c.resolved());
            notAbove(problems, "process.incidents.reassigned", c.reassigned(), "resolved", c.resolved());
            notAbove(problems, "process.incidents.resolvedFirstContact", c.resolvedFirstContact(), "resolved", c.resolved());
            notAbove(problems, "process.incidents.remoteEscalated", c.remoteEscalated(), "remoteHandled", c.remoteHandled());
        });
        process.changes().ifPresent(c -> {
            notAbove(problems, "process.changes.problemsWithRootCause", c.problemsWithRootCause(), "problems", c.problems());
            notAbove(problems, "process.changes.changesFailed", c.changesFailed(), "changes", c.changes());
            notAbove(problems, "process.changes.emergencyChanges", c.emergencyChanges(), "changes", c.changes());
            notAbove(problems, "process.changes.releasesRolledBack", c.releasesRolledBack(), "releases", c.releases());
            notAbove(problems, "process.changes.releasesWithVersionRecord", c.releasesWithVersionRecord(), "releases", c.releases());
        });
        process.routine().ifPresent(r -> {
            notAbove(problems, "process.routine.inspectionsPerformed", r.inspectionsPerformed(), "inspectionsPlanned", r.inspectionsPlanned());
            notAbove(problems, "process.routine.terminalsRecycledWithRecord", r.terminalsRecycledWithRecord(), "terminalsRetired", r.terminalsRetired());
        });
        unique(problems, "process.configurationItems", process.configurationItems(), ConfigurationItem::id);
        process.satisfaction().ifPresent(v -> notAbove(problems, "process.satisfaction.satisfied", v.satisfied(), "responses", v.responses()));
        s.supervision().ifPresent(sup -> {
            unique(problems, "supervision.risks", sup.risks(), Risk::id);
            for (int i = 0; i < sup.risks().size(); i++) {
                Risk risk = sup.risks().get(i);
                int index = i;
                risk.treatmentPlanOn().ifPresent(d -> notAfter(problems, "supervision.risks[" + index + "].treatmentPlanOn", d, end, "risk '" + risk.id() + "'"));
            }
            sup.securityPolicy().ifPresent(p -> {
                notAfter(problems, "supervision.securityPolicy.approvedOn", p.approvedOn(), end, "the security policy");
                notAfter(problems, "supervision.securityPolicy.lastReviewed", p.lastReviewed(), end, "the security policy");
            });
        });

        unique(problems, "process.definitions", s.process().definitions(), ProcessDefinition::id);
        for (int i = 0; i < s.process().definitions().size(); i++) {
            ProcessDefinition definition = s.process().definitions().get(i);
            Optional<LocalDate> documented = definition.documentedOn();
            int index = i;
            documented.ifPresent(d -> notAfter(problems, "process.definitions[" + index + "].documentedOn", d, end, "process '" + definition.id() + "'"));
        }
        return problems;
    }

    /**
     * Every link between entities ({@link References} on a record component) names an entity of the
     * snapshot: {@code services[0].posts[1]: unknown post 'dab'; expected one of [dba, desk]}. The
     * links are read from the model's records, so a new link is validated without a line here.
     */
    private static void links(ServiceSnapshot snapshot, List<InputProblem> problems) {
        Map<String, Set<String>> ids = new HashMap<>();
        collectIds(snapshot, ids);
        Set<String> skills = new TreeSet<>();
        snapshot.people().posts().forEach(p -> skills.addAll(p.requiredSkills()));
        snapshot.people().engineers().forEach(e -> skills.addAll(e.skills()));
        ids.put("Skill", skills);
        checkLinks(snapshot, Path.ROOT, ids, problems);
    }

    /** A record component as the walk reads it: read once per record type, not per value. */
    private record Part(String name, java.lang.reflect.Method accessor, References link) {}

    private static final Map<Class<?>, List<Part>> PARTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Part> parts(Class<?> type) {
        return PARTS.computeIfAbsent(type, t -> java.util.Arrays.stream(t.getRecordComponents())
                .map(c -> new Part(c.getName(), c.getAccessor(), c.getAnnotation(References.class))).toList());
    }

    /** The ids of every record with an {@code id} component, by the record's simple name. */
    private static void collectIds(Object value, Map<String, Set<String>> ids) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> collectIds(v, ids));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectIds(v, ids));
        } else if (value != null && value.getClass().isRecord()) {
            for (Part component : parts(value.getClass())) {
                Object field = read(component, value);
                if (component.name().equals("id") && field instanceof String id) {
                    ids.computeIfAbsent(value.getClass().getSimpleName(), k -> new TreeSet<>()).add(id);
                } else {
                    collectIds(field, ids);
                }
            }
        }
    }

    /**
     * A field path built only when a problem names it: the walk visits every field of the
     * snapshot, and a string per field would cost more than the check.
     */
    private record Path(Path parent, String name, int index) {
        static final Path ROOT = new Path(null, "", -1);

        Path field(String field) {
            return new Path(this, field, -1);
        }

        Path element(int i) {
            return new Path(this, null, i);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String before = parent.toString();
            return name == null ? before + "[" + index + "]" : before.isEmpty() ? name : before + "." + name;
        }
    }

    private static void checkLinks(Object value, Path path, Map<String, Set<String>> ids, List<InputProblem> problems) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> checkLinks(v, path, ids, problems));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkLinks(list.get(i), path.element(i), ids, problems);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (Part component : parts(value.getClass())) {
                Object field = read(component, value);
                References link = component.link();
                if (field instanceof List<?> list && (link != null || SKILL_LISTS.contains(component.name()))) {
                    listedOnce(list, path.field(component.name()), problems);
                }
                if (link == null) {
                    if (field instanceof List<?> || field instanceof Optional<?> || (field != null && field.getClass().isRecord())) {
                        checkLinks(field, path.field(component.name()), ids, problems);
                    }
                } else if (field instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        linked(link.value(), list.get(i), path.field(component.name()).element(i), ids, problems);
                    }
                } else if (field instanceof Optional<?> optional) {
                    optional.ifPresent(v -> linked(link.value(), v, path.field(component.name()), ids, problems));
                } else {
                    linked(link.value(), field, path.field(component.name()), ids, problems);
                }
            }
        }
    }

    /** The lists that name skills without linking to anything (the skills they name are the set the articles link to). */
    private static final Set<String> SKILL_LISTS = Set.of("skills", "requiredSkills");

    /**
     * A list of links (posts, items, services...) or of skills names each once: a name given twice
     * is a slip, and the rules and figures would count it twice. Lists of free text (an event's
     * actions) may repeat themselves.
     */
    private static void listedOnce(List<?> list, Path path, List<InputProblem> problems) {
        if (list.size() < 2) {
            return;
        }
        Map<Object, Integer> first = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Integer at = first.putIfAbsent(list.get(i), i);
            if (at != null) {
                problems.add(problem(path.element(i).toString(), "'" + list.get(i) + "' is listed twice (also at [" + at + "]); list each once"));
            }
        }
    }

    private static void linked(String type, Object id, Path path, Map<String, Set<String>> ids, List<InputProblem> problems) {
        Set<String> known = ids.getOrDefault(type, Set.of());
        if (id instanceof String value && !known.contains(value)) {
            problems.add(problem(path.toString(), "unknown " + label(type) + " '" + value + "'; expected one of " + known));
        }
    }

    /** {@code KnowledgeArticle} -> "knowledge article"; a {@code ServiceOffering} is a "service". */
    static String label(String type) {
        if (type.equals("ServiceOffering")) {
            return "service";
        }
        return type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Events inside the period, unique, and no more major incidents on a service than it declares. */
    private static void events(ServiceSnapshot s, List<InputProblem> problems) {
        unique(problems, "events", s.events(), ServiceEvent::id);
        Map<String, Integer> majors = new HashMap<>();
        for (int i = 0; i < s.events().size(); i++) {
            ServiceEvent event = s.events().get(i);
            if (!s.period().contains(event.on())) {
                problems.add(problem("events[" + i + "].on", "event '" + event.id() + "': " + event.on() + " is outside the period "
                        + s.period().start() + " to " + s.period().end() + "; list only the period's events"));
            }
            if (event.kind() == ServiceEvent.Kind.MAJOR_INCIDENT) {
                event.services().forEach(service -> majors.merge(service, 1, Integer::sum));
            }
        }
        for (ServiceOffering service : s.services()) {
            Integer listed = majors.get(service.id());
            service.tickets().flatMap(t -> t.major()).ifPresent(declared -> {
                if (listed != null && listed > declared) {
                    problems.add(problem("events", listed + " major incidents listed on service '" + service.id() + "', which declares "
                            + declared + " (services[" + s.services().indexOf(service) + "].tickets.major); a major incident is a ticket of the service"));
                }
            });
        }
    }

    private static Object read(Part component, Object record) {
        try {
            return component.accessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getSimpleName() + "." + component.name(), e);
        }
    }

    /** {@code part} must not exceed {@code whole}: "of those" counts. */
    private static void notAbove(List<InputProblem> problems, String path, int part, String wholeName, int whole) {
        if (part > whole) {
            problems.add(problem(path, "must not exceed " + wholeName + " (" + whole + "), was " + part));
        }
    }

    private static void notAfter(List<InputProblem> problems, String path, LocalDate date, LocalDate end, String what) {
        if (date.isAfter(end)) {
            problems.add(problem(path, what + ": " + path.substring(path.lastIndexOf('.') + 1) + " " + date + " is after the period end " + end));
        }
    }

    private static <T> void unique(List<InputProblem> problems, String path, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (!seen.add(value)) {
                problems.add(problem(path + "[" + i + "].id", "duplicate id '" + value + "'; ids must be unique"));
            }
        }
    }

    private static InputProblem problem(String path, String message) {
        return InputProblem.at("", path, message);
    }
}

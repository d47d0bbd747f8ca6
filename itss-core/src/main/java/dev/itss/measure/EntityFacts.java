package dev.itss.measure;

import dev.itss.model.Activity;
import dev.itss.model.Departure;
import dev.itss.model.EmergencyPlan;
import dev.itss.model.Engineer;
import dev.itss.model.KnowledgeArticle;
import dev.itss.model.PlanItem;
import dev.itss.model.Post;
import dev.itss.model.ProcessDefinition;
import dev.itss.model.Risk;
import dev.itss.model.ServiceOffering;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.Sop;
import dev.itss.model.SparePart;
import dev.itss.model.Subject;
import dev.itss.model.TechnicalStandard;
import dev.itss.model.Tool;
import dev.itss.policy.Policy;
import dev.itss.records.OperationalRecords;
import dev.itss.records.SpareKpis;
import dev.itss.records.WorkKpis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the check stage's {@link Facts}: the snapshot's entities, with what records measured of
 * them (a spare part's last issue, an engineer's hours), the figures and the bands, and why each
 * kind of fact is missing when it is.
 */
final class EntityFacts {
    private EntityFacts() {}

    /**
     * The check stage's input: the snapshot's entities, the figures measured from counts and
     * records, and the bands. Where records measured what an entity declares (a spare part's last
     * issue, an engineer's hours), the entity fact carries the measured value.
     *
     * <pre>{@code
     * Facts facts = Measurer.facts(snapshot, policy, records, bands, metrics);
     * }</pre>
     */
    static Facts build(ServiceSnapshot snapshot, Policy policy, OperationalRecords records, List<Threshold> bands, MetricCatalog metrics) {
        ElementFigures.Sheet sheet = new ElementFigures.Sheet(snapshot, policy, records);
        Subject organisationSubject = new Subject("organisation", snapshot.organisation().id(), snapshot.organisation().name());
        Measurements figures = withDeclared(Measurer.measure(sheet), snapshot, metrics, organisationSubject);
        Map<String, String> absent = new LinkedHashMap<>();
        var people = snapshot.people();
        var technology = snapshot.technology();
        var resources = snapshot.resources();
        absentWhenEmpty(absent, "Post", people.posts(), "posts");
        absentWhenEmpty(absent, "Engineer", people.engineers(), "engineers");
        if (people.departures().isEmpty()) {
            absent.put("Departure", "no departures reported (people.departures; an empty list means nobody left)");
        }
        absentWhenEmpty(absent, "Activity", technology.activities(), "routine activities");
        absentWhenEmpty(absent, "Sop", technology.sops(), "SOPs");
        absentWhenEmpty(absent, "EmergencyPlan", technology.emergencyPlans(), "emergency plans");
        absentWhenEmpty(absent, "PlanItem", technology.plan(), "technology plan");
        absentWhenEmpty(absent, "TechnicalOutput", technology.outputs(), "technical outputs");
        absentWhenEmpty(absent, "TechnicalStandard", technology.standards(), "technical standards");
        if (resources.knowledge().isEmpty()) {
            absent.put("KnowledgeArticle", "no knowledge base reported (resources.knowledge)");
        }
        absentWhenEmpty(absent, "SparePart", resources.spareParts(), "spare parts");
        absentWhenEmpty(absent, "Tool", resources.tools(), "service tools");
        absentWhenEmpty(absent, "ServiceOffering", snapshot.services(), "services");
        absentWhenEmpty(absent, "ConfigurationItem", snapshot.process().configurationItems(), "incidents per configuration item");
        absentWhenEmpty(absent, "ProcessDefinition", snapshot.process().definitions(), "processes");
        if (policy.requiredProcesses().isEmpty()) {
            absent.put("RequiredProcess", "the policy requires no process (requiredProcesses)");
        }
        List<Risk> risks = snapshot.supervision().map(dev.itss.model.Supervision::risks).orElse(List.of());
        if (snapshot.supervision().isEmpty()) {
            absent.put("Supervision", "no supervision reported (supervision)");
            absent.put("SecurityPolicy", "no supervision reported (supervision)");
            absent.put("Risk", "no supervision reported (supervision)");
        } else {
            if (risks.isEmpty()) {
                absent.put("Risk", "no risks in the register (supervision.risks)");
            }
            if (snapshot.supervision().get().securityPolicy().isEmpty()) {
                absent.put("SecurityPolicy", "there is no information-security policy to review (supervision.securityPolicy)");
            }
        }
        if (resources.serviceDesk().isEmpty()) {
            absent.put("ServiceDesk", "no service desk reported (resources.serviceDesk)");
        }
        List<Workload> workloads = sheet.workloads;
        if (workloads.isEmpty()) {
            absent.put("Workload", "no engineers reported (people.engineers) and no timesheets given");
        }
        return new Facts(organisationSubject, snapshot.period(), people.posts(), people.engineers(), workloads,
                people.departures().orElse(List.of()), technology.activities(), technology.sops(), technology.emergencyPlans(),
                technology.plan(), technology.outputs(), technology.standards(),
                resources.knowledge().map(dev.itss.model.KnowledgeBase::articles).orElse(List.of()),
                sheet.spareParts, resources.tools(), sheet.services, snapshot.process().configurationItems(),
                snapshot.process().definitions(), policy.requiredProcesses().stream().map(RequiredProcess::new).toList(), risks,
                snapshot.supervision(), snapshot.supervision().flatMap(dev.itss.model.Supervision::securityPolicy),
                resources.serviceDesk(), figures, bands, absent);
    }

    /**
     * The measured figures and one figure per declared rule-pack metric (one whose definition
     * lists {@code figures} among its inputs): the snapshot's value ({@code figures}), or not
     * available when it declares none. A pack metric without {@code figures} is computed by the
     * pack's rules and has no figure here. The engine has checked that every declared metric is a
     * pack metric.
     */
    /** The input a pack metric names when the snapshot declares its figure. */
    public static final String DECLARED = "figures";

    private static Measurements withDeclared(Measurements measured, ServiceSnapshot snapshot, MetricCatalog metrics, Subject organisation) {
        if (metrics.added().isEmpty()) {
            return measured;
        }
        List<Measurement> all = new ArrayList<>(measured.all());
        for (MetricDefinition definition : metrics.added()) {
            if (!definition.inputs().contains(DECLARED)) {
                continue;
            }
            all.add(snapshot.figures().stream().filter(f -> f.metric().equals(definition.id())).findFirst()
                    .map(f -> Measurement.of(definition.id(), organisation, f.value(), Evidence.text("source", f.source().orElse("declared"))))
                    .orElseGet(() -> Measurement.notAvailable(definition.id(), organisation,
                            "not declared in the snapshot (figures: [{metric: " + definition.id() + ", value: ...}])")));
        }
        return new Measurements(all);
    }

    /** Records that the snapshot reported no entity of the type: "no posts reported (people.posts)". */
    private static void absentWhenEmpty(Map<String, String> absent, String type, List<?> list, String what) {
        if (list.isEmpty()) {
            absent.put(type, "no " + what + " reported (" + Subjects.KINDS.get(type).path() + ")");
        }
    }

    /**
     * The services, with the SLA counts of the ticket export in place of the declared ones for
     * each service the export covers: tickets that name the service (its id) and whose SLA outcome
     * is known. A service the export does not name, or names without a known outcome, keeps its
     * declared counts; the declared major incidents stay. The ids replaced go into {@code fromExport}.
     */
    static List<ServiceOffering> services(List<ServiceOffering> services, OperationalRecords records, Set<String> fromExport) {
        Map<String, dev.itss.records.TicketKpis.ServiceSla> counted = records.tickets().map(dev.itss.records.TicketKpis::services).orElse(Map.of());
        if (counted.isEmpty()) {
            return services;
        }
        List<ServiceOffering> out = new ArrayList<>(services.size());
        for (ServiceOffering service : services) {
            dev.itss.records.TicketKpis.ServiceSla sla = counted.get(service.id());
            if (sla == null || sla.slaKnown() == 0) {
                out.add(service);
                continue;
            }
            fromExport.add(service.id());
            dev.itss.model.TicketCounts tickets = new dev.itss.model.TicketCounts((int) sla.slaKnown(), (int) sla.slaMade(),
                    service.tickets().flatMap(dev.itss.model.TicketCounts::major));
            out.add(new ServiceOffering(service.id(), service.name(), service.sla(), Optional.of(tickets), service.deployment(), service.cataloguedOn(),
                    service.posts(), service.configurationItems(), service.articles(), service.spareParts()));
        }
        return out;
    }

    /** The spare parts, each part's last use brought up to date by a later issue in the movement records. */
    static List<SparePart> spareParts(List<SparePart> parts, OperationalRecords records) {
        Map<String, java.time.LocalDateTime> lastIssued = records.spares().map(SpareKpis::lastIssued).orElse(Map.of());
        if (lastIssued.isEmpty()) {
            return parts;
        }
        List<SparePart> out = new ArrayList<>(parts.size());
        for (SparePart part : parts) {
            out.add(lastUsed(part, lastIssued.get(part.id())).map(d -> new SparePart(part.id(), part.name(), part.quantity(), part.unitValue(),
                    part.stockedOn(), Optional.of(d), part.requests(), part.hits(), part.damaged(), part.issued(), part.reused())).orElse(part));
        }
        return out;
    }

    /** The later of the declared last use and the last issue in the records, when the records bring it forward. */
    private static Optional<LocalDate> lastUsed(SparePart part, java.time.LocalDateTime issued) {
        if (issued != null && (part.lastUsed().isEmpty() || issued.toLocalDate().isAfter(part.lastUsed().get()))) {
            return Optional.of(issued.toLocalDate());
        }
        return Optional.empty();
    }

    /** Every engineer's hours: the timesheets' where they record them, else the snapshot's; engineers only on the timesheets too. */
    static List<Workload> workloads(ServiceSnapshot snapshot, OperationalRecords records) {
        Map<String, WorkKpis.Hours> hours = records.timesheets().map(WorkKpis::engineers).orElse(Map.of());
        List<Workload> out = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (Engineer engineer : snapshot.people().engineers()) {
            declared.add(engineer.id());
            Subject subject = new Subject("engineer", engineer.id(), engineer.name());
            WorkKpis.Hours h = hours.get(engineer.id());
            if (h == null) {
                out.add(new Workload(subject, engineer.workedHours(), engineer.contractedHours(), engineer.absenceHours(), false));
            } else {
                // hours on the timesheets take the place of the declared ones, each where the rows record it
                out.add(new Workload(subject, h.workedEntries() > 0 ? h.worked() : engineer.workedHours(),
                        h.rosteredEntries() > 0 ? h.rostered() : engineer.contractedHours(), engineer.absenceHours(), true));
            }
        }
        hours.forEach((id, h) -> {
            if (!declared.contains(id)) {   // on the timesheets but not in the snapshot
                out.add(new Workload(new Subject("engineer", id, id), h.worked(), h.rostered(), Optional.empty(), true));
            }
        });
        return out;
    }

}

package dev.itss.metric;

import static dev.itss.metric.MetricCatalog.*;

import dev.itss.model.Activity;
import dev.itss.model.Automation;
import dev.itss.model.Departure;
import dev.itss.model.EmergencyPlan;
import dev.itss.model.Engineer;
import dev.itss.model.KnowledgeArticle;
import dev.itss.model.KpiSource;
import dev.itss.model.Period;
import dev.itss.model.PlanItem;
import dev.itss.model.Post;
import dev.itss.model.ProcessDefinition;
import dev.itss.model.QualityScores;
import dev.itss.model.Risk;
import dev.itss.model.ServiceOffering;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.Sop;
import dev.itss.model.SparePart;
import dev.itss.model.Subject;
import dev.itss.model.TechnicalStandard;
import dev.itss.model.Tool;
import dev.itss.policy.Policy;
import dev.itss.records.CallKpis;
import dev.itss.records.OperationalRecords;
import dev.itss.records.SpareKpis;
import dev.itss.records.TicketKpis;
import dev.itss.records.WorkKpis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The measure stage: computes every catalogue metric from a valid snapshot. A metric whose inputs
 * are absent is recorded as not available, with the reason, for the organisation (a whole section
 * missing) or for one subject (a post with no demand, a desk that took no calls); it is never
 * skipped and never counted as a pass. Each definition is in the catalogue
 * ({@code dev/itss/metric/catalogue.yaml}).
 *
 * <pre>{@code
 * Measurements measurements = Measurer.measure(snapshot, policy);
 * }</pre>
 */
public final class Measurer {
    private final ServiceSnapshot s;
    private final Policy policy;
    private final OperationalRecords records;
    private final Subject organisation;
    private final List<Measurement> out = new ArrayList<>();

    private Measurer(ServiceSnapshot snapshot, Policy policy, OperationalRecords records) {
        this.s = snapshot;
        this.policy = policy;
        this.records = records;
        this.organisation = new Subject("organisation", snapshot.organisation().id(), snapshot.organisation().name());
    }

    /**
     * Measures a snapshot. The snapshot must be valid ({@link dev.itss.model.SnapshotValidator});
     * the policy supplies what the organisation requires (its required processes).
     */
    public static Measurements measure(ServiceSnapshot snapshot, Policy policy) {
        return measure(snapshot, policy, Optional.empty());
    }

    /**
     * Measures a snapshot and, when given, the KPIs of the period's ticket export (the
     * {@code tickets.*} metrics; not available without one).
     */
    public static Measurements measure(ServiceSnapshot snapshot, Policy policy, Optional<TicketKpis> records) {
        return measure(snapshot, policy, OperationalRecords.ofTickets(records));
    }

    /**
     * Measures a snapshot together with the period's operational records. A figure measured from
     * records takes the place of the snapshot's declared one for the same metric (its evidence
     * {@code source} names the records); see {@link OperationalRecords}.
     */
    public static Measurements measure(ServiceSnapshot snapshot, Policy policy, OperationalRecords records) {
        Measurer measurer = new Measurer(snapshot, policy, records);
        measurer.tickets();   // first: a figure of the export takes the place of the declared one below
        measurer.people();
        measurer.tools();
        measurer.serviceDesk();
        measurer.spareParts();
        measurer.knowledge();
        measurer.technology();
        measurer.process();
        measurer.supervision();
        return new Measurements(measurer.out);
    }

    /**
     * The check stage's input: the snapshot's entities, the figures measured from counts and
     * records, and the bands. Where records measured what an entity declares (a spare part's last
     * issue, an engineer's hours), the entity fact carries the measured value.
     *
     * <pre>{@code
     * Facts facts = Measurer.facts(snapshot, policy, records, bands);
     * }</pre>
     */
    public static Facts facts(ServiceSnapshot snapshot, Policy policy, OperationalRecords records, List<Threshold> bands) {
        Measurements figures = measure(snapshot, policy, records);
        Map<String, String> absent = new LinkedHashMap<>();
        var people = snapshot.people();
        var technology = snapshot.technology();
        var resources = snapshot.resources();
        absentWhenEmpty(absent, "Post", people.posts(), "no posts reported (people.posts)");
        absentWhenEmpty(absent, "Engineer", people.engineers(), "no engineers reported (people.engineers)");
        if (people.departures().isEmpty()) {
            absent.put("Departure", "no departures reported (people.departures; an empty list means nobody left)");
        }
        absentWhenEmpty(absent, "Activity", technology.activities(), "no routine activities reported (technology.activities)");
        absentWhenEmpty(absent, "Sop", technology.sops(), "no SOPs reported (technology.sops)");
        absentWhenEmpty(absent, "EmergencyPlan", technology.emergencyPlans(), "no emergency plans reported (technology.emergencyPlans)");
        absentWhenEmpty(absent, "PlanItem", technology.plan(), "no technology plan reported (technology.plan)");
        absentWhenEmpty(absent, "TechnicalOutput", technology.outputs(), "no technical outputs reported (technology.outputs)");
        absentWhenEmpty(absent, "TechnicalStandard", technology.standards(), "no technical standards reported (technology.standards)");
        if (resources.knowledge().isEmpty()) {
            absent.put("KnowledgeArticle", "no knowledge base reported (resources.knowledge)");
        }
        absentWhenEmpty(absent, "SparePart", resources.spareParts(), "no spare parts reported (resources.spareParts)");
        absentWhenEmpty(absent, "Tool", resources.tools(), "no service tools reported (resources.tools)");
        absentWhenEmpty(absent, "ServiceOffering", snapshot.services(), "no services reported (services)");
        absentWhenEmpty(absent, "CiIncidents", snapshot.process().configurationItems(),
                "no incidents per configuration item reported (process.configurationItems)");
        absentWhenEmpty(absent, "ProcessDefinition", snapshot.process().definitions(), "no processes reported (process.definitions)");
        absentWhenEmpty(absent, "RequiredProcess", policy.requiredProcesses(), "the policy requires no process (requiredProcesses)");
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
        List<Workload> workloads = workloads(snapshot, records);
        if (workloads.isEmpty()) {
            absent.put("Workload", "no engineers reported (people.engineers) and no timesheets given");
        }
        Subject organisation = new Subject("organisation", snapshot.organisation().id(), snapshot.organisation().name());
        return new Facts(organisation, snapshot.period(), people.posts(), people.engineers(), workloads,
                people.departures().orElse(List.of()), technology.activities(), technology.sops(), technology.emergencyPlans(),
                technology.plan(), technology.outputs(), technology.standards(),
                resources.knowledge().map(dev.itss.model.KnowledgeBase::articles).orElse(List.of()),
                spareParts(resources.spareParts(), records), resources.tools(), snapshot.services(), snapshot.process().configurationItems(),
                snapshot.process().definitions(), policy.requiredProcesses().stream().map(RequiredProcess::new).toList(), risks,
                snapshot.supervision(), snapshot.supervision().flatMap(dev.itss.model.Supervision::securityPolicy),
                figures, bands, absent);
    }

    private static void absentWhenEmpty(Map<String, String> absent, String type, List<?> list, String reason) {
        if (list.isEmpty()) {
            absent.put(type, reason);
        }
    }

    /** The spare parts, each part's last use brought up to date by a later issue in the movement records. */
    private static List<SparePart> spareParts(List<SparePart> parts, OperationalRecords records) {
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
    private static List<Workload> workloads(ServiceSnapshot snapshot, OperationalRecords records) {
        Map<String, WorkKpis.Hours> hours = records.timesheets().map(WorkKpis::engineers).orElse(Map.of());
        List<Workload> out = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (Engineer engineer : snapshot.people().engineers()) {
            declared.add(engineer.id());
            Subject subject = new Subject("engineer", engineer.id(), engineer.name());
            WorkKpis.Hours h = hours.get(engineer.id());
            if (h == null) {
                out.add(new Workload(subject, engineer.workedHours(), engineer.contractedHours(), false));
            } else {
                // hours on the timesheets take the place of the declared ones, each where the rows record it
                out.add(new Workload(subject, h.workedEntries() > 0 ? h.worked() : engineer.workedHours(),
                        h.rosteredEntries() > 0 ? h.rostered() : engineer.contractedHours(), true));
            }
        }
        hours.forEach((id, h) -> {
            if (!declared.contains(id)) {   // on the timesheets but not in the snapshot
                out.add(new Workload(new Subject("engineer", id, id), h.worked(), h.rostered(), true));
            }
        });
        return out;
    }

    // ------------------------------------------------------------------ helpers

    /** The evidence that a figure was measured from records, not declared in the snapshot. */
    private static final Evidence CALL_RECORDS = Evidence.text("source", "call records");
    private static final Evidence TICKET_EXPORT = Evidence.text("source", "ticket export");
    private static final Evidence SPARE_MOVEMENTS = Evidence.text("source", "spare-part movements");
    private static final Evidence TIMESHEETS = Evidence.text("source", "timesheets");

    private void add(Measurement measurement) {
        out.add(measurement);
    }

    /** Metric ids the records measured for the organisation: the declared figure is not measured again. */
    private final Set<String> measuredFromRecords = new HashSet<>();

    private boolean fromExport(String metric) {
        return measuredFromRecords.contains(metric);
    }

    private void notAvailable(String metric, Subject subject, String reason) {
        out.add(Measurement.notAvailable(metric, subject, reason));
    }

    /** {@code part / whole}, or not available when {@code whole} is 0. */
    private void ratio(String metric, Subject subject, double part, double whole, String zeroReason, Evidence... inputs) {
        if (whole == 0) {
            notAvailable(metric, subject, zeroReason);
        } else {
            add(Measurement.of(metric, subject, part / whole, inputs));
        }
    }

    private static Subject subject(String kind, String id, String name) {
        return new Subject(kind, id, name);
    }

    private static Subject singleton(String kind, String name) {
        return subject(kind, kind, name);
    }

    private long daysToEnd(LocalDate date) {
        return s.period().daysUntilEnd(date);
    }

    // ------------------------------------------------------------------ people

    private void people() {
        List<Post> posts = s.people().posts();
        List<Engineer> engineers = s.people().engineers();
        if (posts.isEmpty()) {
            for (String metric : List.of(POST_STAFFING_RATE, POST_BACKUP_RATE, POST_QUALIFICATION_RATE, RESPONSIBILITIES_AGE_DAYS)) {
                notAvailable(metric, organisation, "no posts reported (people.posts)");
            }
        } else {
            Map<String, List<Engineer>> byPost = engineers.stream().collect(Collectors.groupingBy(Engineer::post));
            for (Post post : posts) {
                Subject subject = subject("post", post.id(), post.name());
                List<Engineer> onPost = byPost.getOrDefault(post.id(), List.of());
                add(Measurement.of(POST_STAFFING_RATE, subject, (double) onPost.size() / post.requiredHeadcount(),
                        Evidence.count("staffed", onPost.size()), Evidence.count("required", post.requiredHeadcount())));
                if (post.requiredSkills().isEmpty()) {
                    notAvailable(POST_QUALIFICATION_RATE, subject, "the post names no required skills (people.posts[].requiredSkills)");
                } else {
                    List<String> unqualified = onPost.stream().filter(e -> !e.skills().containsAll(post.requiredSkills())).map(Engineer::name).toList();
                    ratio(POST_QUALIFICATION_RATE, subject, onPost.size() - unqualified.size(), onPost.size(),
                            "no engineers on the post, so qualification has no denominator",
                            Evidence.count("qualified", onPost.size() - unqualified.size()), Evidence.count("engineers", onPost.size()),
                            Evidence.list("unqualified", unqualified), Evidence.list("requiredSkills", post.requiredSkills()));
                }
                post.responsibilitiesReviewedOn().ifPresentOrElse(
                        d -> add(Measurement.of(RESPONSIBILITIES_AGE_DAYS, subject, daysToEnd(d), Evidence.date("reviewedOn", d))),
                        () -> notAvailable(RESPONSIBILITIES_AGE_DAYS, subject, "no review date of the post's responsibilities (people.posts[].responsibilitiesReviewedOn)"));
            }
            Set<String> backedUp = engineers.stream().flatMap(e -> e.backupFor().stream()).collect(Collectors.toSet());
            List<String> uncovered = posts.stream().filter(p -> !backedUp.contains(p.id())).map(Post::name).toList();
            long covered = posts.size() - uncovered.size();
            add(Measurement.of(POST_BACKUP_RATE, organisation, (double) covered / posts.size(),
                    Evidence.count("covered", covered), Evidence.count("posts", posts.size())));
        }

        if (engineers.isEmpty()) {
            boolean timesheetsOnly = records.timesheets().map(w -> !w.engineers().isEmpty()).orElse(false);
            List<String> metrics = timesheetsOnly ? List.of(ENGINEER_AVAILABILITY, ENGINEER_KPI_SCORE)
                    : List.of(ENGINEER_SATURATION, ENGINEER_AVAILABILITY, ENGINEER_KPI_SCORE);
            for (String metric : metrics) {
                notAvailable(metric, organisation, "no engineers reported (people.engineers)");
            }
        }
        for (Workload w : workloads(s, records)) {
            ratio(ENGINEER_SATURATION, w.engineer(), w.workedHours(), w.contractedHours(),
                    w.fromTimesheets() ? "the timesheets record no rostered hours and the snapshot no contracted hours, so saturation has no denominator" : "contractedHours is 0, so saturation has no denominator",
                    w.fromTimesheets() ? new Evidence[] {Evidence.hours("workedHours", w.workedHours()), Evidence.hours("contractedHours", w.contractedHours()), TIMESHEETS}
                            : new Evidence[] {Evidence.hours("workedHours", w.workedHours()), Evidence.hours("contractedHours", w.contractedHours())});
        }
        for (Engineer engineer : engineers) {
            Subject subject = subject("engineer", engineer.id(), engineer.name());
            engineer.absenceHours().ifPresentOrElse(absence -> ratio(ENGINEER_AVAILABILITY, subject, engineer.contractedHours() - absence,
                            engineer.contractedHours(), "contractedHours is 0, so availability has no denominator",
                            Evidence.hours("absenceHours", absence), Evidence.hours("contractedHours", engineer.contractedHours())),
                    () -> notAvailable(ENGINEER_AVAILABILITY, subject, "no absence hours reported (people.engineers[].absenceHours)"));
            engineer.kpiScore().ifPresentOrElse(score -> add(Measurement.of(ENGINEER_KPI_SCORE, subject, score)),
                    () -> notAvailable(ENGINEER_KPI_SCORE, subject, "no KPI score reported (people.engineers[].kpiScore)"));
        }

        Optional<List<Departure>> departures = s.people().departures();
        if (departures.isEmpty()) {
            notAvailable(TURNOVER_RATE, organisation, "no departures reported (people.departures; an empty list means nobody left)");
        } else {
            int left = departures.get().size();
            long days = ChronoUnit.DAYS.between(s.period().start(), s.period().end()) + 1;
            ratio(TURNOVER_RATE, organisation, left * 365.0 / days, engineers.size() + left,
                    "no engineers and no departures, so turnover has no denominator",
                    Evidence.count("departures", left), Evidence.count("engineers", engineers.size()), Evidence.count("periodDays", days));
        }
        if (engineers.isEmpty()) {
            notAvailable(NEWCOMERS, organisation, "no engineers reported (people.engineers)");
        } else {
            List<Engineer> reporting = engineers.stream().filter(e -> e.hiredOn().isPresent()).toList();
            List<String> newcomers = reporting.stream().filter(e -> Figures.isNewcomer(e.hiredOn(), s.period().end())).map(Engineer::name).toList();
            if (reporting.isEmpty()) {
                notAvailable(NEWCOMERS, organisation, "no hiring dates reported (people.engineers[].hiredOn)");
            } else {
                add(Measurement.of(NEWCOMERS, organisation, newcomers.size(),
                        Evidence.count("withHiringDate", reporting.size())));
            }
        }
        s.people().appraisal().ifPresentOrElse(a -> ratio(SMART_OBJECTIVE_RATE, organisation, a.smartObjectives(), a.objectives(),
                        "no appraisal objectives set, so the SMART share has no denominator",
                        Evidence.count("smartObjectives", a.smartObjectives()), Evidence.count("objectives", a.objectives())),
                () -> notAvailable(SMART_OBJECTIVE_RATE, organisation, "no appraisal reported (people.appraisal)"));
        s.people().training().ifPresentOrElse(t -> ratio(TRAINING_PASS_RATE, organisation, t.passed(), t.trainees(),
                        "nobody took a training test, so the pass rate has no denominator",
                        Evidence.count("passed", t.passed()), Evidence.count("trainees", t.trainees())),
                () -> notAvailable(TRAINING_PASS_RATE, organisation, "no training results reported (people.training)"));
    }

    // ------------------------------------------------------------------ resources

    private void tools() {
        List<Tool> tools = s.resources().tools();
        if (tools.isEmpty()) {
            for (String metric : List.of(TOOL_FIT_RATE, TOOL_AVAILABILITY, TOOL_USABILITY_SCORE, TOOL_FAILURES)) {
                notAvailable(metric, organisation, "no service tools reported (resources.tools)");
            }
        }
        for (Tool tool : tools) {
            Subject subject = subject("tool", tool.id(), tool.name());
            ratio(TOOL_FIT_RATE, subject, tool.requirementsMet(), tool.requirements(), "the tool lists no requirements, so fit has no denominator",
                    Evidence.count("requirementsMet", tool.requirementsMet()), Evidence.count("requirements", tool.requirements()));
            ratio(TOOL_AVAILABILITY, subject, tool.plannedHours() - tool.downtimeHours(), tool.plannedHours(),
                    "plannedHours is 0, so availability has no denominator",
                    Evidence.hours("downtimeHours", tool.downtimeHours()), Evidence.hours("plannedHours", tool.plannedHours()));
            tool.usabilityScore().ifPresentOrElse(score -> add(Measurement.of(TOOL_USABILITY_SCORE, subject, score)),
                    () -> notAvailable(TOOL_USABILITY_SCORE, subject, "no usability survey score (resources.tools[].usabilityScore)"));
            add(Measurement.of(TOOL_FAILURES, subject, tool.failures()));
        }
    }

    /**
     * Adds {@code part / whole} measured from records and returns true, or returns false when the
     * records give no denominator, so that the snapshot's declared figure is measured instead.
     */
    private boolean fromRecords(String metric, Subject subject, double part, double whole, Evidence... inputs) {
        if (whole == 0) {
            return false;
        }
        add(Measurement.of(metric, subject, part / whole, inputs));
        return true;
    }

    private void serviceDesk() {
        Subject desk = singleton("service-desk", "Service desk");
        Optional<CallKpis> calls = records.calls();
        boolean answer = calls.map(c -> fromRecords(ANSWER_RATE, desk, c.answered(), c.offered(),
                Evidence.count("answered", c.answered()), Evidence.count("offered", c.offered()),
                Evidence.count("missed", c.offered() - c.answered()), CALL_RECORDS)).orElse(false);
        boolean phone = calls.map(c -> fromRecords(PHONE_RESOLUTION_MINUTES, desk, c.resolvedHandleSeconds() / 60, c.resolvedHandled(),
                Evidence.count("resolvedOnPhone", c.resolvedHandled()),
                new Evidence("talkMinutes", c.resolvedHandleSeconds() / 60, Unit.MINUTES), CALL_RECORDS)).orElse(false);
        boolean dispatch = records.tickets().map(t -> fromRecords(DISPATCH_ACCURACY, desk, t.dispatchedRight(), t.dispatched(),
                Evidence.count("redispatched", t.dispatched() - t.dispatchedRight()), Evidence.count("dispatched", t.dispatched()),
                TICKET_EXPORT)).orElse(false);
        calls.ifPresentOrElse(c -> ratio(ABANDONMENT_RATE, desk, c.abandoned(), c.abandonedKnown(),
                        "no call of the period in the call records says whether it was abandoned",
                        Evidence.count("abandoned", c.abandoned()), Evidence.count("calls", c.abandonedKnown()), CALL_RECORDS),
                () -> notAvailable(ABANDONMENT_RATE, desk, "no call records given (itss assess --records with a calls mapping)"));
        s.resources().serviceDesk().ifPresentOrElse(d -> {
            if (!answer) {
                ratio(ANSWER_RATE, desk, d.callsAnswered(), d.callsOffered(), "callsOffered is 0, so the answer rate has no denominator",
                        Evidence.count("answered", d.callsAnswered()), Evidence.count("offered", d.callsOffered()),
                        Evidence.count("missed", d.callsOffered() - d.callsAnswered()));
            }
            if (!dispatch) {
                ratio(DISPATCH_ACCURACY, desk, d.ticketsDispatched() - d.ticketsRedispatched(), d.ticketsDispatched(),
                        "ticketsDispatched is 0, so dispatch accuracy has no denominator",
                        Evidence.count("redispatched", d.ticketsRedispatched()), Evidence.count("dispatched", d.ticketsDispatched()));
            }
            ratio(LOGGING_RATE, desk, d.ticketsLogged(), d.callsAnswered(), "callsAnswered is 0, so the logging rate has no denominator",
                    Evidence.count("logged", d.ticketsLogged()), Evidence.count("answered", d.callsAnswered()));
            if (phone) {
                return;
            }
            if (d.callsResolvedOnPhone().isPresent() && d.resolutionCallMinutes().isPresent()) {
                ratio(PHONE_RESOLUTION_MINUTES, desk, d.resolutionCallMinutes().get(), d.callsResolvedOnPhone().get(),
                        "no calls resolved on the phone, so the call time has no denominator",
                        Evidence.count("resolvedOnPhone", d.callsResolvedOnPhone().get()),
                        new Evidence("talkMinutes", d.resolutionCallMinutes().get(), Unit.MINUTES));
            } else {
                notAvailable(PHONE_RESOLUTION_MINUTES, desk, "no call-resolution figures (resources.serviceDesk.callsResolvedOnPhone, resolutionCallMinutes"
                        + (calls.isPresent() ? "; the call records have no call resolved on the call with its handle time)" : ")"));
            }
        }, () -> {
            String reason = "no service-desk counts reported (resources.serviceDesk)";
            notAvailable(LOGGING_RATE, desk, reason);
            if (!answer) {
                notAvailable(ANSWER_RATE, desk, reason + (calls.isPresent() ? " and no call offered in the period in the call records" : ""));
            }
            if (!phone) {
                notAvailable(PHONE_RESOLUTION_MINUTES, desk, reason
                        + (calls.isPresent() ? " and no call resolved on the call with its handle time in the call records" : ""));
            }
            if (!dispatch) {
                notAvailable(DISPATCH_ACCURACY, desk, reason + (records.tickets().isPresent() ? " and no ticket of the export has an assignment group" : ""));
            }
        });
    }

    private void spareParts() {
        List<SparePart> parts = s.resources().spareParts();
        Subject store = singleton("spare-parts-store", "Spare-parts store");
        Optional<SpareKpis> movements = records.spares();
        boolean damage = movements.map(m -> fromRecords(SPARE_PART_DAMAGE_RATE, store, m.damaged(), m.issued() + m.damaged(),
                Evidence.count("damaged", m.damaged()), Evidence.count("units", m.issued() + m.damaged()), SPARE_MOVEMENTS)).orElse(false);
        boolean hit = movements.map(m -> fromRecords(SPARE_PART_HIT_RATE, store, m.fromStock(), m.stockKnown(),
                Evidence.count("hits", m.fromStock()), Evidence.count("requests", m.stockKnown()), SPARE_MOVEMENTS)).orElse(false);
        boolean reuse = movements.map(m -> fromRecords(SPARE_PART_REUSE_RATE, store, m.refurbished(), m.refurbishedKnown(),
                Evidence.count("reused", m.refurbished()), Evidence.count("issued", m.refurbishedKnown()), SPARE_MOVEMENTS)).orElse(false);
        if (parts.isEmpty()) {
            String reason = "no spare parts reported (resources.spareParts)";
            String andRecords = movements.isPresent() ? " and the spare-part movements of the period do not give it" : "";
            notAvailable(SPARE_PART_IDLE_DAYS, store, reason);
            if (!damage) {
                notAvailable(SPARE_PART_DAMAGE_RATE, store, reason + andRecords);
            }
            if (!hit) {
                notAvailable(SPARE_PART_HIT_RATE, store, reason + andRecords);
            }
            if (!reuse) {
                notAvailable(SPARE_PART_REUSE_RATE, store, reason + andRecords);
            }
            return;
        }
        Map<String, java.time.LocalDateTime> lastIssued = movements.map(SpareKpis::lastIssued).orElse(Map.of());
        for (SparePart part : parts) {
            // a later issue in the movement records brings the declared last use up to date
            Optional<LocalDate> lastUsed = part.lastUsed();
            java.time.LocalDateTime issued = lastIssued.get(part.id());
            if (issued != null && (lastUsed.isEmpty() || issued.toLocalDate().isAfter(lastUsed.get()))) {
                lastUsed = Optional.of(issued.toLocalDate());
            }
            LocalDate since = lastUsed.orElse(part.stockedOn());
            BigDecimal tiedUp = part.unitValue().multiply(BigDecimal.valueOf(part.quantity()));
            add(Measurement.of(SPARE_PART_IDLE_DAYS, subject("spare-part", part.id(), part.name()), daysToEnd(since),
                    Evidence.text("lastUsed", lastUsed.map(LocalDate::toString).orElse("never")),
                    Evidence.date("since", since),
                    Evidence.count("quantity", part.quantity()),
                    new Evidence("stockValue", tiedUp, Unit.TEXT)));
        }
        if (!damage) {
            long damaged = parts.stream().mapToLong(SparePart::damaged).sum();
            long held = parts.stream().mapToLong(SparePart::quantity).sum();
            ratio(SPARE_PART_DAMAGE_RATE, store, damaged, held + damaged, "the store holds no units, so the damage rate has no denominator",
                    Evidence.count("damaged", damaged), Evidence.count("units", held + damaged));
        }
        if (!hit) {
            long requests = parts.stream().mapToLong(SparePart::requests).sum();
            long hits = parts.stream().mapToLong(SparePart::hits).sum();
            ratio(SPARE_PART_HIT_RATE, store, hits, requests, "no spare-part requests in the period, so the hit rate has no denominator",
                    Evidence.count("hits", hits), Evidence.count("requests", requests));
        }
        if (reuse) {
            return;
        }
        List<SparePart> reporting = parts.stream().filter(p -> p.issued().isPresent() && p.reused().isPresent()).toList();
        if (reporting.isEmpty()) {
            notAvailable(SPARE_PART_REUSE_RATE, store, "no part reports issued and reused units (resources.spareParts[].issued, reused)");
        } else {
            long issued = reporting.stream().mapToLong(p -> p.issued().get()).sum();
            long reused = reporting.stream().mapToLong(p -> p.reused().get()).sum();
            ratio(SPARE_PART_REUSE_RATE, store, reused, issued, "no units issued in the period, so the reuse rate has no denominator",
                    Evidence.count("reused", reused), Evidence.count("issued", issued), Evidence.count("parts", reporting.size()));
        }
    }


    private void knowledge() {
        Subject base = singleton("knowledge-base", "Knowledge base");
        List<Engineer> engineers = s.people().engineers();
        if (engineers.isEmpty() || s.resources().knowledge().isEmpty()) {
            notAvailable(UNDOCUMENTED_SINGLE_HOLDER_SKILLS, organisation,
                    engineers.isEmpty() ? "no engineers reported (people.engineers)" : "no knowledge base reported (resources.knowledge)");
        } else {
            Map<String, List<String>> holders = new java.util.TreeMap<>();
            engineers.forEach(e -> e.skills().forEach(skill -> holders.computeIfAbsent(skill, k -> new ArrayList<>()).add(e.name())));
            Set<String> documented = s.resources().knowledge().get().articles().stream().map(KnowledgeArticle::category).collect(Collectors.toSet());
            long atRisk = holders.entrySet().stream().filter(h -> h.getValue().size() == 1 && !documented.contains(h.getKey())).count();
            add(Measurement.of(UNDOCUMENTED_SINGLE_HOLDER_SKILLS, organisation, atRisk, Evidence.count("skillsHeld", holders.size())));
        }
        s.resources().knowledge().ifPresentOrElse(kb -> {
            long resolved = (long) kb.ticketsResolvedWithArticle() + kb.ticketsResolvedWithoutArticle();
            if (!fromExport(KNOWLEDGE_USE_RATE)) ratio(KNOWLEDGE_USE_RATE, base, kb.ticketsResolvedWithArticle(), resolved,
                    "no tickets resolved in the period, so knowledge use has no denominator",
                    Evidence.count("withArticle", kb.ticketsResolvedWithArticle()), Evidence.count("resolved", resolved),
                    Evidence.count("articles", kb.articles().size()));
            Period period = s.period();
            long created = kb.articles().stream().filter(a -> !a.created().isBefore(period.start())).count();
            ratio(NEW_ARTICLES_PER_100_TICKETS, base, created * 100.0, resolved,
                    "no tickets resolved in the period, so new articles per ticket has no denominator",
                    Evidence.count("created", created), Evidence.count("resolved", resolved));
            long fresh = kb.articles().stream().filter(a -> Figures.isFresh(a.created(), a.updated(), period.end())).count();
            ratio(KNOWLEDGE_UPDATE_RATE, base, fresh, kb.articles().size(), "the base holds no articles, so the update rate has no denominator",
                    Evidence.count("fresh", fresh), Evidence.count("articles", kb.articles().size()));
            Map<String, Long> byCategory = kb.articles().stream()
                    .collect(Collectors.groupingBy(KnowledgeArticle::category, java.util.TreeMap::new, Collectors.counting()));
            Optional<Map.Entry<String, Long>> largest = byCategory.entrySet().stream().max(Map.Entry.comparingByValue());
            ratio(KNOWLEDGE_CATEGORY_CONCENTRATION, base, largest.map(Map.Entry::getValue).orElse(0L), kb.articles().size(),
                    "the base holds no articles, so category shares have no denominator",
                    Evidence.text("largestCategory", largest.map(Map.Entry::getKey).orElse("")),
                    Evidence.count("inLargest", largest.map(Map.Entry::getValue).orElse(0L)),
                    Evidence.count("articles", kb.articles().size()), Evidence.count("categories", byCategory.size()));
        }, () -> {
            for (String metric : List.of(KNOWLEDGE_USE_RATE, NEW_ARTICLES_PER_100_TICKETS, KNOWLEDGE_UPDATE_RATE, KNOWLEDGE_CATEGORY_CONCENTRATION)) {
                if (!fromExport(metric)) {
                    notAvailable(metric, base, "no knowledge base reported (resources.knowledge)");
                }
            }
        });
    }

    // ------------------------------------------------------------------ technology

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
        }
        for (EmergencyPlan plan : plans) {
            LocalDate since = plan.lastDrill().orElse(plan.approvedOn());
            add(Measurement.of(DAYS_SINCE_DRILL, subject("emergency-plan", plan.id(), plan.scenario()), daysToEnd(since),
                    Evidence.text("lastDrill", plan.lastDrill().map(LocalDate::toString).orElse("never")),
                    Evidence.date("approvedOn", plan.approvedOn())));
        }

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

    // ------------------------------------------------------------------ process

    private void process() {
        List<ProcessDefinition> definitions = s.process().definitions();
        if (definitions.isEmpty()) {
            notAvailable(REQUIRED_PROCESS_COVERAGE, organisation, "no processes reported (process.definitions)");
            notAvailable(KPI_RELIABILITY, organisation, "no processes reported (process.definitions)");
        } else {
            List<String> required = policy.requiredProcesses();
            if (required.isEmpty()) {
                notAvailable(REQUIRED_PROCESS_COVERAGE, organisation, "the policy requires no process (requiredProcesses)");
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
                add(Measurement.of(REQUIRED_PROCESS_COVERAGE, organisation, (double) documented / required.size(),
                        Evidence.count("documented", documented), Evidence.count("required", required.size())));
            }
            for (ProcessDefinition definition : definitions) {
                long reliable = Figures.reliableKpis(definition.kpis());
                int defined = definition.kpis().size();
                add(Measurement.of(KPI_RELIABILITY, subject("process", definition.id(), definition.name()),
                        Figures.kpiReliability(definition.kpis()),
                        Evidence.count("reliable", reliable), Evidence.count("defined", defined)));
            }
        }

        List<ServiceOffering> services = s.services();
        if (services.isEmpty()) {
            for (String metric : List.of(SLA_SHORTFALL, SLA_COVERAGE, CATALOGUE_COVERAGE, MAJOR_INCIDENTS)) {
                notAvailable(metric, organisation, "no services reported (services)");
            }
        } else {
            if (services.stream().noneMatch(v -> v.cataloguedOn().isPresent())) {
                notAvailable(CATALOGUE_COVERAGE, organisation, "no service reports its catalogue entry (services[].cataloguedOn)");
            } else {
                List<String> outside = services.stream().filter(v -> v.cataloguedOn().isEmpty()).map(ServiceOffering::name).toList();
                add(Measurement.of(CATALOGUE_COVERAGE, organisation, (double) (services.size() - outside.size()) / services.size(),
                        Evidence.count("catalogued", services.size() - outside.size()), Evidence.count("services", services.size())));
            }
            List<String> withoutSla = services.stream().filter(v -> v.sla().isEmpty()).map(ServiceOffering::name).toList();
            add(Measurement.of(SLA_COVERAGE, organisation, (double) (services.size() - withoutSla.size()) / services.size(),
                    Evidence.count("withSla", services.size() - withoutSla.size()), Evidence.count("services", services.size())));
        }
        deployments(services);
        for (ServiceOffering service : services) {
            Subject subject = subject("service", service.id(), service.name());
            if (service.sla().isEmpty()) {
                notAvailable(SLA_SHORTFALL, subject, "no SLA agreed for the service (services[].sla)");
            } else if (service.tickets().isEmpty() || service.tickets().get().inScope() == 0) {
                notAvailable(SLA_SHORTFALL, subject, "no tickets in scope reported for the service (services[].tickets)");
            } else {
                double target = service.sla().get().attainmentTarget();
                int inScope = service.tickets().get().inScope();
                int met = service.tickets().get().metSla();
                double attainment = (double) met / inScope;
                add(Measurement.of(SLA_SHORTFALL, subject, target - attainment,
                        Evidence.ratio("attainment", attainment), Evidence.ratio("target", target),
                        Evidence.count("metSla", met), Evidence.count("inScope", inScope)));
            }
            Optional<Integer> major = service.tickets().flatMap(t -> t.major());
            major.ifPresentOrElse(m -> add(Measurement.of(MAJOR_INCIDENTS, subject, m)),
                    () -> notAvailable(MAJOR_INCIDENTS, subject, "no major-incident count reported (services[].tickets.major)"));
        }

        s.process().incidents().ifPresentOrElse(c -> {
            String none = "no incidents resolved in the period";
            if (!fromExport(INCIDENT_REOPEN_RATE)) {
                ratio(INCIDENT_REOPEN_RATE, organisation, c.reopened(), c.resolved(), none,
                        Evidence.count("reopened", c.reopened()), Evidence.count("resolved", c.resolved()));
            }
            if (!fromExport(INCIDENT_REASSIGNMENT_RATE)) {
                ratio(INCIDENT_REASSIGNMENT_RATE, organisation, c.reassigned(), c.resolved(), none,
                        Evidence.count("reassigned", c.reassigned()), Evidence.count("resolved", c.resolved()));
            }
            if (!fromExport(FIRST_CONTACT_RESOLUTION)) {
                ratio(FIRST_CONTACT_RESOLUTION, organisation, c.resolvedFirstContact(), c.resolved(), none,
                        Evidence.count("firstContact", c.resolvedFirstContact()), Evidence.count("resolved", c.resolved()));
            }
            ratio(ONSITE_RESPONSE_MINUTES, organisation, c.onSiteResponseMinutes(), c.onSiteVisits(), "no on-site visits in the period",
                    Evidence.count("visits", c.onSiteVisits()), new Evidence("responseMinutes", c.onSiteResponseMinutes(), Unit.MINUTES));
            ratio(REMOTE_ESCALATION_RATE, organisation, c.remoteEscalated(), c.remoteHandled(), "no incidents handled remotely",
                    Evidence.count("escalated", c.remoteEscalated()), Evidence.count("remote", c.remoteHandled()));
        }, () -> {
            for (String metric : List.of(INCIDENT_REOPEN_RATE, INCIDENT_REASSIGNMENT_RATE, FIRST_CONTACT_RESOLUTION, ONSITE_RESPONSE_MINUTES, REMOTE_ESCALATION_RATE)) {
                if (!fromExport(metric)) {
                    notAvailable(metric, organisation, "no incident counts reported (process.incidents)");
                }
            }
        });
        s.process().changes().ifPresentOrElse(c -> {
            ratio(PROBLEM_ROOT_CAUSE_RATE, organisation, c.problemsWithRootCause(), c.problems(), "no problems closed in the period",
                    Evidence.count("withRootCause", c.problemsWithRootCause()), Evidence.count("problems", c.problems()));
            if (!fromExport(CHANGE_SUCCESS_RATE)) {
                ratio(CHANGE_SUCCESS_RATE, organisation, c.changes() - c.changesFailed(), c.changes(), "no changes implemented in the period",
                        Evidence.count("failed", c.changesFailed()), Evidence.count("changes", c.changes()));
            }
            if (!fromExport(EMERGENCY_CHANGE_RATE)) {
                ratio(EMERGENCY_CHANGE_RATE, organisation, c.emergencyChanges(), c.changes(), "no changes implemented in the period",
                        Evidence.count("emergency", c.emergencyChanges()), Evidence.count("changes", c.changes()));
            }
            if (!fromExport(RELEASE_ROLLBACK_RATE)) {
                ratio(RELEASE_ROLLBACK_RATE, organisation, c.releasesRolledBack(), c.releases(), "no releases deployed in the period",
                        Evidence.count("rolledBack", c.releasesRolledBack()), Evidence.count("releases", c.releases()));
            }
            ratio(RELEASE_VERSION_RECORD_RATE, organisation, c.releasesWithVersionRecord(), c.releases(), "no releases deployed in the period",
                    Evidence.count("recorded", c.releasesWithVersionRecord()), Evidence.count("releases", c.releases()));
        }, () -> {
            for (String metric : List.of(PROBLEM_ROOT_CAUSE_RATE, CHANGE_SUCCESS_RATE, EMERGENCY_CHANGE_RATE, RELEASE_ROLLBACK_RATE, RELEASE_VERSION_RECORD_RATE)) {
                if (!fromExport(metric)) {
                    notAvailable(metric, organisation, "no problem, change and release counts reported (process.changes)");
                }
            }
        });
        s.process().routine().ifPresentOrElse(r -> {
            ratio(INSPECTION_COMPLETION, organisation, r.inspectionsPerformed(), r.inspectionsPlanned(), "no inspections planned in the period",
                    Evidence.count("performed", r.inspectionsPerformed()), Evidence.count("planned", r.inspectionsPlanned()));
            ratio(TERMINAL_RECYCLING_RECORD_RATE, organisation, r.terminalsRecycledWithRecord(), r.terminalsRetired(), "no terminals retired in the period",
                    Evidence.count("recorded", r.terminalsRecycledWithRecord()), Evidence.count("retired", r.terminalsRetired()));
        }, () -> {
            notAvailable(INSPECTION_COMPLETION, organisation, "no routine counts reported (process.routine)");
            notAvailable(TERMINAL_RECYCLING_RECORD_RATE, organisation, "no routine counts reported (process.routine)");
        });
        if (s.process().configurationItems().isEmpty()) {
            notAvailable(CI_REPEAT_INCIDENTS, organisation, "no incidents per configuration item reported (process.configurationItems)");
        }
        s.process().configurationItems().forEach(ci -> add(Measurement.of(CI_REPEAT_INCIDENTS, subject("configuration-item", ci.id(), ci.name()),
                Figures.repeatIncidents(ci.incidents(), ci.problemRecords()), Evidence.count("incidents", ci.incidents()),
                Evidence.count("problemRecords", ci.problemRecords()))));
        s.process().satisfaction().ifPresentOrElse(v -> ratio(USER_SATISFACTION, organisation, v.satisfied(), v.responses(),
                        "no survey answers in the period", Evidence.count("satisfied", v.satisfied()), Evidence.count("responses", v.responses())),
                () -> notAvailable(USER_SATISFACTION, organisation, "no satisfaction survey reported (process.satisfaction)"));
    }

    /** Lifecycle L-2: what the deployment of each service left in place. */
    private void deployments(List<ServiceOffering> services) {
        List<ServiceOffering> deployed = services.stream().filter(v -> v.deployment().isPresent()).toList();
        if (deployed.isEmpty()) {
            for (String metric : List.of(KNOWLEDGE_TRANSFER_RATE, TEST_ENVIRONMENT_RATE, DRILLED_AFTER_DEPLOYMENT_RATE)) {
                notAvailable(metric, organisation, "no deployment facts reported (services[].deployment)");
            }
            return;
        }
        deploymentShare(KNOWLEDGE_TRANSFER_RATE, deployed, v -> !Figures.deployedWithoutTransfer(v.deployment()));
        deploymentShare(TEST_ENVIRONMENT_RATE, deployed, v -> !Figures.deployedWithoutTestEnvironment(v.deployment()));
        deploymentShare(DRILLED_AFTER_DEPLOYMENT_RATE, deployed, v -> !Figures.deployedWithoutDrill(v.deployment()));
    }

    /** The share of deployed services that did what the predicate asks; the rules name the others. */
    private void deploymentShare(String metric, List<ServiceOffering> deployed, java.util.function.Predicate<ServiceOffering> done) {
        long count = deployed.stream().filter(done).count();
        add(Measurement.of(metric, organisation, (double) count / deployed.size(),
                Evidence.count("done", count), Evidence.count("deployed", deployed.size())));
    }

    // ------------------------------------------------------------------ ticket exports

    private static final List<String> TICKET_METRICS = List.of(TICKET_SLA_ATTAINMENT, TICKET_RESOLUTION_P90_HOURS, TICKET_BACKLOG_AGE_P90_DAYS);

    /**
     * The figures of the ticket export, for the organisation and, when it was grouped, for each
     * group. Reopen, reassignment, first-contact resolution, knowledge use, change success,
     * emergency changes and release failures are the same KPIs as the declared process and
     * knowledge figures: measured from the export, they take the place of the declared ones (one
     * KPI, one number), under the declared figure's metric id and evidence names.
     */
    private void tickets() {
        if (records.tickets().isEmpty()) {
            TICKET_METRICS.forEach(m -> notAvailable(m, organisation, "no ticket export given (itss assess --records)"));
            return;
        }
        TicketKpis k = records.tickets().get();
        int from = out.size();
        tickets(organisation, k, "the export");
        out.subList(from, out.size()).stream().filter(Measurement::available).forEach(m -> measuredFromRecords.add(m.metric()));
        k.groups().forEach((name, group) -> {
            // a group measures what its tickets give; what they do not give is already reported
            // for the organisation (from the export or the declared counts), not for every group
            int start = out.size();
            tickets(subject(k.groupedBy().subjectKind(), name, name), group, "the group's tickets");
            out.subList(start, out.size()).removeIf(m -> !m.available());
        });
    }

    private void tickets(Subject subject, TicketKpis k, String whose) {
        ratio(TICKET_SLA_ATTAINMENT, subject, k.slaMade(), k.slaKnown(), "no ticket of " + whose + " has a known SLA outcome",
                Evidence.count("made", k.slaMade()), Evidence.count("known", k.slaKnown()), Evidence.count("tickets", k.tickets()));
        fromRecords(INCIDENT_REOPEN_RATE, subject, k.reopened(), k.tickets(),
                Evidence.count("reopened", k.reopened()), Evidence.count("resolved", k.tickets()), TICKET_EXPORT);
        fromRecords(INCIDENT_REASSIGNMENT_RATE, subject, k.reassigned(), k.tickets(),
                Evidence.count("reassigned", k.reassigned()), Evidence.count("resolved", k.tickets()), TICKET_EXPORT);
        // the organisation's knowledge use is the knowledge base's figure, whichever source measured it
        fromRecords(KNOWLEDGE_USE_RATE, subject == organisation ? singleton("knowledge-base", "Knowledge base") : subject, k.withKnowledge(), k.tickets(),
                Evidence.count("withArticle", k.withKnowledge()), Evidence.count("resolved", k.tickets()), TICKET_EXPORT);
        k.timeToResolve().ifPresentOrElse(d -> add(Measurement.of(TICKET_RESOLUTION_P90_HOURS, subject, d.p90(),
                        Evidence.hours("median", d.median()), Evidence.count("resolved", d.count()))),
                () -> notAvailable(TICKET_RESOLUTION_P90_HOURS, subject, "no ticket of " + whose + " has both its opening and resolution times"));
        k.backlogAgeDays().ifPresentOrElse(d -> add(Measurement.of(TICKET_BACKLOG_AGE_P90_DAYS, subject, Math.floor(d.p90()),
                        Evidence.count("open", k.backlog()))),
                () -> add(Measurement.of(TICKET_BACKLOG_AGE_P90_DAYS, subject, 0, Evidence.count("open", 0))));
        TicketKpis.ByType t = k.byType();
        fromRecords(FIRST_CONTACT_RESOLUTION, subject, t.firstContact(), t.incidentsWithContact(),
                Evidence.count("firstContact", t.firstContact()), Evidence.count("resolved", t.incidentsWithContact()), TICKET_EXPORT);
        fromRecords(CHANGE_SUCCESS_RATE, subject, t.changesSuccessful(), t.changesWithOutcome(),
                Evidence.count("failed", t.changesWithOutcome() - t.changesSuccessful()), Evidence.count("changes", t.changesWithOutcome()), TICKET_EXPORT);
        fromRecords(EMERGENCY_CHANGE_RATE, subject, t.emergencyChanges(), t.changes(),
                Evidence.count("emergency", t.emergencyChanges()), Evidence.count("changes", t.changes()), TICKET_EXPORT);
        fromRecords(RELEASE_ROLLBACK_RATE, subject, t.releasesFailed(), t.releases(),
                Evidence.count("rolledBack", t.releasesFailed()), Evidence.count("releases", t.releases()), TICKET_EXPORT);
    }

    // ------------------------------------------------------------------ supervision

    private void supervision() {
        s.supervision().ifPresentOrElse(sup -> {
            add(Measurement.of(SECURITY_POLICY_PRESENT, organisation, sup.securityPolicy().isPresent() ? 1 : 0));
            sup.securityPolicy().ifPresentOrElse(p -> add(Measurement.of(SECURITY_POLICY_AGE_DAYS, organisation, daysToEnd(p.lastReviewed()),
                            Evidence.date("lastReviewed", p.lastReviewed()), Evidence.date("approvedOn", p.approvedOn()))),
                    () -> notAvailable(SECURITY_POLICY_AGE_DAYS, organisation, "there is no information-security policy to review"));
            sup.quality().ifPresentOrElse(this::quality,
                    () -> notAvailable(QUALITY_SCORE, organisation, "no quality evaluation reported (supervision.quality)"));
            List<Risk> risks = sup.risks();
            if (risks.isEmpty()) {
                notAvailable(RISK_TREATMENT_RATE, organisation, "no risks in the register (supervision.risks)");
                notAvailable(RISKS_OVERDUE, organisation, "no risks in the register (supervision.risks)");
            } else {
                List<String> untreated = risks.stream().filter(r -> r.treatmentPlanOn().isEmpty()).map(Risk::name).toList();
                add(Measurement.of(RISK_TREATMENT_RATE, organisation, (double) (risks.size() - untreated.size()) / risks.size(),
                        Evidence.count("treated", risks.size() - untreated.size()), Evidence.count("risks", risks.size())));
                List<String> overdue = risks.stream().filter(r -> r.reviewDue().isBefore(s.period().end())).map(Risk::name).toList();
                add(Measurement.of(RISKS_OVERDUE, organisation, overdue.size()));
            }
        }, () -> {
            for (String metric : List.of(SECURITY_POLICY_PRESENT, SECURITY_POLICY_AGE_DAYS, QUALITY_SCORE, RISK_TREATMENT_RATE, RISKS_OVERDUE)) {
                notAvailable(metric, organisation, "no supervision reported (supervision)");
            }
        });
    }

    private void quality(QualityScores q) {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("security", q.security());
        scores.put("reliability", q.reliability());
        scores.put("responsiveness", q.responsiveness());
        scores.put("tangibility", q.tangibility());
        scores.put("friendliness", q.friendliness());
        scores.forEach((attribute, score) -> add(Measurement.of(QUALITY_SCORE, subject("quality-attribute", attribute, attribute), score)));
    }
}

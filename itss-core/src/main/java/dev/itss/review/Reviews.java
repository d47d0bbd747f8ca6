package dev.itss.review;

import dev.itss.check.BandLevel;
import dev.itss.engine.Assessment;
import dev.itss.history.AssessmentDiff;
import dev.itss.history.FindingRef;
import dev.itss.history.ImprovementCycle;
import dev.itss.history.SevenSteps;
import dev.itss.improve.ControlRow;
import dev.itss.improve.ImplementationStatus;
import dev.itss.improve.ImprovementAction;
import dev.itss.improve.ImprovementPlan;
import dev.itss.improve.ImprovementStrategy;
import dev.itss.improve.TargetStatus;
import dev.itss.improve.Verification;
import dev.itss.measure.Direction;
import dev.itss.measure.Evidence;
import dev.itss.measure.Measurement;
import dev.itss.measure.MetricCatalog;
import dev.itss.measure.Unit;
import dev.itss.model.Covers;
import dev.itss.model.Element;
import dev.itss.model.Engineer;
import dev.itss.model.Period;
import dev.itss.model.ServiceEvent;
import dev.itss.model.ServiceOffering;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.Severity;
import dev.itss.model.Subject;
import dev.itss.records.CallKpis;
import dev.itss.records.GroupBy;
import dev.itss.records.TicketField;
import dev.itss.records.TicketKpis;
import dev.itss.records.TicketLedger;
import dev.itss.records.TicketRecord;
import dev.itss.review.ReviewInputs.PeriodData;
import dev.itss.review.ReviewSection.Column;
import dev.itss.review.ReviewSection.Figure;
import dev.itss.review.ReviewSection.Kind;
import dev.itss.review.ReviewSection.Note;
import dev.itss.review.ReviewSection.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the service reviews of a history at the four levels (ITSS ), each with the
 * customer content (R-C) and the team's internal content (R-T). Every section is filled from the
 * data it names, or marked not available with the reason; nothing is estimated.
 *
 * <p>What each level looks back on: an ad hoc review the day of its event; a monthly review one
 * calendar month inside a period of the history (its figures from that period's records); a
 * quarterly review one period of the history, compared with the one before; an annual review
 * the periods of one calendar year. The plan "in force" during a period is the plan made from
 * the period before (as people edited it, else as generated); the "next" plan is the one made
 * from the period reviewed.
 *
 * <pre>{@code
 * ReviewInputs inputs = ReviewInputs.read(engine, History.read(Path.of("hospital")), Locale.ENGLISH);
 * List<Review> adHoc = Reviews.adHoc(inputs, Optional.empty(), Optional.empty());   // one per major incident of the latest period
 * Review august = Reviews.monthly(inputs, Optional.of(YearMonth.of(2026, 8)), Optional.empty());
 * Review year = Reviews.annual(inputs, Optional.empty(), Optional.of(ReviewForm.SERVICE_REPORT));
 * }</pre>
 */
@Covers({"R-1", "R-2", "R-3", "R-4", "R-C", "R-T"})
public final class Reviews {
    /** Tickets and findings listed per table; the table's total counts the rest. */
    public static final int MAX_ROWS = 10;
    /** Actions of the next plan shown to the customer, best ranked first (the team sees all). */
    public static final int CUSTOMER_ACTIONS = 5;

    private Reviews() {}

    /**
     * Ad hoc reviews: of the event named, wherever in the history it is; without one, one
     * per major incident of the latest period (none when it had none).
     *
     * @throws IllegalArgumentException when no period lists the event, naming the events there are
     */
    public static List<Review> adHoc(ReviewInputs inputs, Optional<String> eventId, Optional<ReviewForm> form) {
        List<Review> out = new ArrayList<>();
        if (eventId.isPresent()) {
            for (int i = 0; i < inputs.periods().size(); i++) {
                for (ServiceEvent event : inputs.periods().get(i).snapshot().events()) {
                    if (event.id().equals(eventId.get())) {
                        out.add(new Build(inputs, ReviewLevel.AD_HOC, form, new Period(event.on(), event.on()), event.id(), i, i).adHoc(event));
                    }
                }
            }
            if (out.isEmpty()) {
                List<String> known = inputs.periods().stream().flatMap(p -> p.snapshot().events().stream()).map(ServiceEvent::id).toList();
                throw new IllegalArgumentException("no event '" + eventId.get() + "' in the history's snapshots (events[].id); "
                        + (known.isEmpty() ? "no snapshot lists events" : "the events are " + known));
            }
            return out;
        }
        int latest = inputs.periods().size() - 1;
        for (ServiceEvent event : inputs.latest().snapshot().events()) {
            if (event.kind() == ServiceEvent.Kind.MAJOR_INCIDENT) {
                out.add(new Build(inputs, ReviewLevel.AD_HOC, form, new Period(event.on(), event.on()), event.id(), latest, latest).adHoc(event));
            }
        }
        return out;
    }

    /**
     * The monthly review of a calendar month inside a period of the history; by default the
     * last month the latest period's ticket export covers (else the latest period's last month).
     *
     * @throws IllegalArgumentException when no period of the history holds the month
     */
    public static Review monthly(ReviewInputs inputs, Optional<YearMonth> month, Optional<ReviewForm> form) {
        PeriodData latest = inputs.latest();
        YearMonth chosen = month.orElseGet(() -> latest.tickets().flatMap(TicketLedger::lastMonth)
                .orElse(YearMonth.from(latest.snapshot().period().end())));
        for (int i = 0; i < inputs.periods().size(); i++) {
            Period period = inputs.periods().get(i).snapshot().period();
            Period whole = Period.ofMonth(chosen);
            if (period.contains(whole.start()) || period.contains(whole.end())) {
                Period span = new Period(max(whole.start(), period.start()), min(whole.end(), period.end()));
                return new Build(inputs, ReviewLevel.MONTHLY, form, span, chosen.toString(), i, i).monthly(chosen);
            }
        }
        throw new IllegalArgumentException("month " + chosen + " is in no period of the history; its periods are "
                + inputs.periods().stream().map(p -> p.name() + " (" + p.snapshot().period().start() + " to " + p.snapshot().period().end() + ")").toList());
    }

    /**
     * The quarterly review of a period of the history, by its name (e.g. {@code 2026-Q2});
     * by default the latest.
     *
     * @throws IllegalArgumentException when the history has no period of that name
     */
    public static Review quarterly(ReviewInputs inputs, Optional<String> periodName, Optional<ReviewForm> form) {
        int index = inputs.periods().size() - 1;
        if (periodName.isPresent()) {
            index = -1;
            for (int i = 0; i < inputs.periods().size(); i++) {
                if (inputs.periods().get(i).name().equals(periodName.get())) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IllegalArgumentException("no period '" + periodName.get() + "' in the history; its periods are "
                        + inputs.periods().stream().map(PeriodData::name).toList());
            }
        }
        PeriodData period = inputs.periods().get(index);
        return new Build(inputs, ReviewLevel.QUARTERLY, form, period.snapshot().period(), period.name(), index, index).quarterly();
    }

    /**
     * The annual review of the history's periods that start in a calendar year; by default
     * the year the latest period starts in. A year the history does not cover to its end is
     * reviewed as far as it goes, and the review says so.
     *
     * @throws IllegalArgumentException when no period starts in the year
     */
    public static Review annual(ReviewInputs inputs, Optional<Integer> year, Optional<ReviewForm> form) {
        int chosen = year.orElse(inputs.latest().snapshot().period().start().getYear());
        int first = -1;
        int last = -1;
        for (int i = 0; i < inputs.periods().size(); i++) {
            if (inputs.periods().get(i).snapshot().period().start().getYear() == chosen) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            throw new IllegalArgumentException("no period of the history starts in " + chosen + "; its periods are "
                    + inputs.periods().stream().map(p -> p.name() + " (" + p.snapshot().period().start() + ")").toList());
        }
        Period span = new Period(inputs.periods().get(first).snapshot().period().start(), inputs.periods().get(last).snapshot().period().end());
        return new Build(inputs, ReviewLevel.ANNUAL, form, span, String.valueOf(chosen), first, last).annual(chosen);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** One review under construction: its span and the periods [first, last] of the history it covers. */
    private static final class Build {
        private final ReviewInputs in;
        private final ReviewLevel level;
        private final ReviewForm form;
        private final Period span;
        private final String name;
        private final int first;
        private final int last;
        private final List<ReviewSection> sections = new ArrayList<>();
        /** The periods whose data a section drew on. */
        private final java.util.SortedSet<Integer> used = new java.util.TreeSet<>();

        Build(ReviewInputs in, ReviewLevel level, Optional<ReviewForm> form, Period span, String name, int first, int last) {
            this.in = in;
            this.level = level;
            this.form = form.orElse(level.defaultForm());
            this.span = span;
            this.name = name;
            this.first = first;
            this.last = last;
        }

        private Review done() {
            List<ReviewSection> ordered = new ArrayList<>(sections.stream().filter(s -> s.audience() == Audience.CUSTOMER).toList());
            ordered.addAll(sections.stream().filter(s -> s.audience() == Audience.TEAM).toList());
            used.add(first);
            used.add(last);
            return new Review(Review.SCHEMA_VERSION, level, form, in.periods().get(last).snapshot().organisation(), span, name,
                    used.stream().map(i -> in.periods().get(i).name()).toList(), ordered);
        }

        private PeriodData period(int index) {
            used.add(index);
            return in.periods().get(index);
        }

        private Optional<PeriodData> previous(int index) {
            return index == 0 ? Optional.empty() : Optional.of(period(index - 1));
        }

        private Assessment assessment(int index) {
            return period(index).step().assessment();
        }

        /** The plan in force during a period: the one made from the period before. */
        private Optional<ImprovementPlan> planInForce(int index) {
            return index == 0 ? Optional.empty() : Optional.of(period(index - 1).step().plan());
        }

        /** Where a plan of a period came from: its edited plan.yaml, or the data the loop generated it from. */
        private String planSource(int index) {
            PeriodData p = period(index);
            return p.step().editedPlan().isPresent() ? p.file("plan.yaml")
                    : snapshotAndRecords(index) + (in.cycle().strategy().goals().isEmpty() ? "" : ", strategy.yaml");
        }

        /** A period's snapshot, and its records folder when it has one: what its assessment measured. */
        private String snapshotAndRecords(int index) {
            PeriodData p = period(index);
            return p.file(p.snapshotFile()) + (p.tickets().isPresent() || p.calls().isPresent() ? ", " + p.file("records/") : "");
        }

        private void add(String key, Audience audience, List<String> sources, List<Figure> figures, List<Table> tables, List<Note> notes) {
            sections.add(new ReviewSection(key, audience, sources, Optional.empty(), figures, tables, notes));
        }

        private void unavailable(String key, Audience audience, List<String> sources, Note reason) {
            sections.add(ReviewSection.notAvailable(key, audience, sources, reason));
        }

        // ------------------------------------------------------------------ levels

        Review adHoc(ServiceEvent event) {
            PeriodData p = period(first);
            String source = p.file(p.snapshotFile()) + ": events[" + p.snapshot().events().indexOf(event) + "]";
            List<Figure> what = new ArrayList<>(List.of(
                    Figure.of("kind", Kind.WORD, event.kind().name()),
                    Figure.of("on", Kind.DATE, event.on()),
                    Figure.of("title", Kind.TEXT, event.title()),
                    Figure.of("services", Kind.TEXT, String.join(", ", serviceNames(p.snapshot(), event.services())))));
            if (event.raisedBy().isPresent() || event.kind() == ServiceEvent.Kind.COMPLAINT) {
                what.add(Figure.of("raisedBy", Kind.TEXT, event.raisedBy().orElse(null)));   // a complaint without its complainant shows as not available
            }
            add("event", Audience.CUSTOMER, List.of(source), what, List.of(), List.of());
            impact(event, p, source);
            if (event.actionsTaken().isEmpty() && event.actionsPlanned().isEmpty()) {
                unavailable("actions", Audience.CUSTOMER, List.of(source), Note.of("noActions", event.id()));
            } else {
                List<List<Object>> rows = new ArrayList<>();
                event.actionsTaken().forEach(a -> rows.add(List.of("TAKEN", a)));
                event.actionsPlanned().forEach(a -> rows.add(List.of("PLANNED", a)));
                add("actions", Audience.CUSTOMER, List.of(source), List.of(),
                        List.of(table("actions", List.of(new Column("state", Kind.WORD), new Column("action", Kind.TEXT)), rows)), List.of());
            }
            List<Note> notes = new ArrayList<>();
            if (event.problem().isEmpty() && event.kind() == ServiceEvent.Kind.MAJOR_INCIDENT) {
                notes.add(Note.of("noProblemRecord", event.id()));
            } else if (event.problem().isEmpty()) {
                notes.add(Note.of("problemRecordNotExpected", event.kind().name()));
            }
            add("problem-record", Audience.CUSTOMER, List.of(source), List.of(Figure.of("problem", Kind.TEXT, event.problem().orElse(null))),
                    List.of(), notes);
            eventTicket(event, p);
            unresolvedOn(event, p);
            return done();
        }

        private void impact(ServiceEvent event, PeriodData p, String source) {
            List<Object[]> services = new ArrayList<>();
            for (String id : event.services()) {
                Optional<Measurement> sla = assessment(first).measurements().of(MetricCatalog.SLA_SHORTFALL, new Subject("service", id, id));
                services.add(new Object[] {serviceName(p.snapshot(), id), sla.filter(Measurement::available).flatMap(m -> evidence(m, "attainment")).orElse(null),
                        sla.filter(Measurement::available).flatMap(m -> evidence(m, "target")).orElse(null)});
            }
            if (event.impact().isEmpty() && services.isEmpty()) {
                unavailable("impact", Audience.CUSTOMER, List.of(source), Note.of("noImpact", event.id()));
                return;
            }
            List<Figure> figures = new ArrayList<>();
            event.impact().ifPresent(i -> {
                figures.add(new Figure("usersAffected", Kind.COUNT, i.usersAffected().map(v -> (Object) v.longValue())));
                figures.add(new Figure("outageMinutes", Kind.MINUTES, i.outageMinutes().map(v -> (Object) v.longValue())));
                figures.add(new Figure("description", Kind.TEXT, i.description().map(v -> (Object) v)));
            });
            List<Note> notes = new ArrayList<>();
            if (event.impact().isEmpty()) {
                notes.add(Note.of("noImpact", event.id()));
            }
            List<Table> tables = services.isEmpty() ? List.of() : List.of(table("services",
                    List.of(new Column("service", Kind.TEXT), new Column("periodAttainment", Kind.PERCENT), new Column("target", Kind.PERCENT)),
                    services.stream().map(Arrays::asList).toList()));
            add("impact", Audience.CUSTOMER, List.of(source, p.file(p.snapshotFile()) + ": services[].tickets, services[].sla"), figures, tables, notes);
        }

        private void eventTicket(ServiceEvent event, PeriodData p) {
            if (event.ticket().isEmpty()) {
                unavailable("event-ticket", Audience.TEAM, List.of(p.file(p.snapshotFile()) + ": events[].ticket"), Note.of("noTicketNamed", event.id()));
                return;
            }
            String ticketFile = p.file("records/tickets.csv");
            if (p.tickets().isEmpty()) {
                unavailable("event-ticket", Audience.TEAM, List.of(ticketFile), Note.of("noTicketExport", p.name()));
                return;
            }
            Optional<TicketRecord> ticket = p.tickets().get().ticket(event.ticket().get());
            if (ticket.isEmpty()) {
                unavailable("event-ticket", Audience.TEAM, List.of(ticketFile), Note.of("ticketNotInExport", event.ticket().get(), ticketFile));
                return;
            }
            add("event-ticket", Audience.TEAM, List.of(ticketFile), List.of(), List.of(ticketTable("ticket", List.of(ticket.get()), 1, span.end())), List.of());
        }

        /** The tickets still open at the end of the event's day, of its services when the export names services. */
        private void unresolvedOn(ServiceEvent event, PeriodData p) {
            String ticketFile = p.file("records/tickets.csv");
            if (p.tickets().isEmpty()) {
                unavailable("unresolved-tickets", Audience.TEAM, List.of(ticketFile), Note.of("noTicketExport", p.name()));
                return;
            }
            TicketLedger ledger = p.tickets().get();
            List<TicketRecord> open = ledger.openAt(event.on());
            List<Note> notes = new ArrayList<>();
            if (ledger.has(TicketField.SERVICE)) {
                open = open.stream().filter(t -> t.service().filter(event.services()::contains).isPresent()).toList();
            } else {
                notes.add(Note.of("noServiceColumnAllTickets", ticketFile));
            }
            add("unresolved-tickets", Audience.TEAM, List.of(ticketFile), List.of(Figure.of("open", Kind.COUNT, (long) open.size())),
                    List.of(ticketTable("open", open, MAX_ROWS, event.on())), notes);
        }

        Review monthly(YearMonth month) {
            PeriodData p = period(first);
            Optional<TicketLedger> ledger = p.tickets();
            String ticketFile = p.file("records/tickets.csv");
            monthlySla(p, ledger, ticketFile);
            volume(p, month, ledger, ticketFile);
            significant(p, ledger, ticketFile);
            unavailable("satisfaction", Audience.CUSTOMER, List.of(p.file(p.snapshotFile()) + ": process.satisfaction"), Note.of("satisfactionPerPeriod", p.name()));
            demand();
            planProgress(first, "previous-plan", Audience.CUSTOMER);
            nextSteps(month);
            planProgress(first, "last-plan", Audience.TEAM);
            difficult();
            unresolved();
            groupBriefs();
            engineers();
            nextPlan(Audience.TEAM, first);
            return done();
        }

        private void monthlySla(PeriodData p, Optional<TicketLedger> ledger, String ticketFile) {
            if (ledger.isEmpty()) {
                unavailable("contract", Audience.CUSTOMER, List.of(ticketFile), Note.of("noTicketExport", p.name()));
                return;
            }
            TicketKpis kpis = ledger.get().kpis(span, GroupBy.SERVICE);
            List<List<Object>> rows = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            boolean byService = ledger.get().has(TicketField.SERVICE);
            for (ServiceOffering service : p.snapshot().services()) {
                TicketKpis.ServiceSla sla = kpis.services().get(service.id());
                Double target = service.sla().map(s -> s.attainmentTarget()).orElse(null);
                Double attained = sla == null ? null : sla.attainment().orElse(null);
                rows.add(Arrays.asList(service.name(), sla == null ? (byService ? (Object) 0L : null) : (Object) sla.tickets(), target, attained, met(attained, target)));
            }
            rows.add(Arrays.asList(Table.TOTAL, kpis.tickets(), null, kpis.slaAttainment().orElse(null), null));
            if (!byService) {
                notes.add(Note.of("noServiceColumn", ticketFile));
            }
            add("contract", Audience.CUSTOMER, List.of(ticketFile + (byService ? ": service, made_sla" : ": made_sla"), p.file(p.snapshotFile()) + ": services[].sla"), List.of(),
                    List.of(table("services", List.of(new Column("service", Kind.TEXT), new Column("tickets", Kind.COUNT), new Column("target", Kind.PERCENT),
                            new Column("attainment", Kind.PERCENT), new Column("met", Kind.WORD)), rows)), notes);
        }

        private static String met(Double attained, Double target) {
            if (attained == null || target == null) {
                return null;
            }
            return attained >= target ? "MET" : "NOT_MET";
        }

        /** Service volume and the month's KPIs from the records: tickets by type, resolution times, calls. */
        private void volume(PeriodData p, YearMonth month, Optional<TicketLedger> ledger, String ticketFile) {
            String callFile = p.file("records/calls.csv");
            if (ledger.isEmpty() && p.calls().isEmpty()) {
                unavailable("performance", Audience.CUSTOMER, List.of(ticketFile, callFile), Note.of("noRecords", p.name()));
                return;
            }
            List<String> sources = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            Period before = Period.ofMonth(month.minusMonths(1));
            boolean beforeInPeriod = p.snapshot().period().contains(before.start());
            List<Note> notes = new ArrayList<>();
            if (!beforeInPeriod) {
                notes.add(Note.of("firstMonthOfPeriod", month.toString(), p.name()));
            }
            ledger.ifPresent(l -> {
                sources.add(ticketFile);
                TicketKpis now = l.kpis(span, GroupBy.NONE);
                Optional<TicketKpis> then = beforeInPeriod ? Optional.of(l.kpis(before, GroupBy.NONE)) : Optional.empty();
                Map<dev.itss.records.TicketType, long[]> types = new EnumMap<>(dev.itss.records.TicketType.class);
                l.openedIn(span).forEach(t -> types.computeIfAbsent(t.type(), k -> new long[2])[0]++);
                if (beforeInPeriod) {
                    l.openedIn(before).forEach(t -> types.computeIfAbsent(t.type(), k -> new long[2])[1]++);
                }
                rows.add(Arrays.asList("tickets", quantity(now.tickets(), Unit.COUNT), then.map(k -> quantity(k.tickets(), Unit.COUNT)).orElse(null)));
                types.forEach((type, n) -> rows.add(Arrays.asList("type:" + type.name(), quantity(n[0], Unit.COUNT),
                        beforeInPeriod ? quantity(n[1], Unit.COUNT) : null)));
                rows.add(Arrays.asList("slaAttainment", now.slaAttainment().map(v -> quantity(v, Unit.RATIO)).orElse(null),
                        then.flatMap(TicketKpis::slaAttainment).map(v -> quantity(v, Unit.RATIO)).orElse(null)));
                rows.add(Arrays.asList("medianHoursToResolve", now.timeToResolve().map(d -> quantity(d.median(), Unit.HOURS)).orElse(null),
                        then.flatMap(TicketKpis::timeToResolve).map(d -> quantity(d.median(), Unit.HOURS)).orElse(null)));
                rows.add(Arrays.asList("openAtEnd", quantity(l.openAt(span.end()).size(), Unit.COUNT),
                        beforeInPeriod ? quantity(l.openAt(before.end()).size(), Unit.COUNT) : null));
            });
            p.calls().ifPresent(c -> {
                sources.add(callFile);
                // a month without a call row had no calls offered: 0 is measured, the answer rate is not available
                CallKpis now = c.groups().get(month.toString());
                CallKpis then = beforeInPeriod ? c.groups().get(month.minusMonths(1).toString()) : null;
                rows.add(Arrays.asList("callsOffered", quantity(now == null ? 0 : now.offered(), Unit.COUNT),
                        beforeInPeriod ? quantity(then == null ? 0 : then.offered(), Unit.COUNT) : null));
                rows.add(Arrays.asList("answerRate", now == null ? null : now.answerRate().map(v -> quantity(v, Unit.RATIO)).orElse(null),
                        then == null ? null : then.answerRate().map(v -> quantity(v, Unit.RATIO)).orElse(null)));
            });
            if (ledger.isEmpty()) {
                notes.add(Note.of("noTicketExport", p.name()));
            }
            if (p.calls().isEmpty()) {
                notes.add(Note.of("noCallRecords", p.name()));
            }
            add("performance", Audience.CUSTOMER, sources, List.of(), List.of(table("volume", List.of(new Column("figure", Kind.WORD),
                    new Column("thisMonth", Kind.QUANTITY), new Column("lastMonth", Kind.QUANTITY)), rows)), notes);
        }

        /** The month's significant tickets: priority 1 or SLA missed, and the major incidents and complaints of the month. */
        private void significant(PeriodData p, Optional<TicketLedger> ledger, String ticketFile) {
            List<ServiceEvent> events = p.snapshot().events().stream().filter(e -> span.contains(e.on()) && e.kind() != ServiceEvent.Kind.SERVICE_CHANGE).toList();
            if (ledger.isEmpty()) {
                if (events.isEmpty()) {
                    unavailable("problems", Audience.CUSTOMER, List.of(ticketFile), Note.of("noTicketExport", p.name()));
                    return;
                }
            }
            List<Table> tables = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            List<String> sources = new ArrayList<>(List.of(p.file(p.snapshotFile()) + ": events"));
            tables.add(eventTable(events));
            if (ledger.isPresent()) {
                sources.add(ticketFile);
                List<TicketRecord> notable = ledger.get().openedIn(span).stream()
                        .filter(t -> t.priority().filter(pr -> pr == 1).isPresent() || t.missedSla()).sorted(BY_PRIORITY).toList();
                tables.add(ticketTable("significant", notable, MAX_ROWS, span.end()));
            } else {
                notes.add(Note.of("noTicketExport", p.name()));
            }
            add("problems", Audience.CUSTOMER, sources, List.of(), tables, notes);
        }

        /** The plan's next steps: actions of the plan in force due in the month after, and those overdue. */
        private void nextSteps(YearMonth month) {
            Optional<ImprovementPlan> plan = planInForce(first);
            if (plan.isEmpty()) {
                unavailable("next-plan", Audience.CUSTOMER, List.of(), Note.of("noPlanInForce", period(first).name()));
                return;
            }
            Period next = Period.ofMonth(month.plusMonths(1));
            List<ImprovementAction> actions = plan.get().actions().stream().filter(ImprovementAction::notDone)
                    .filter(a -> a.decision() != dev.itss.improve.Decision.REJECTED)
                    .filter(a -> a.due().filter(d -> !d.isAfter(next.end())).isPresent()).toList();
            List<Note> notes = new ArrayList<>();
            if (actions.isEmpty()) {
                notes.add(Note.of("nothingDue", next.start().toString().substring(0, 7)));
            }
            add("next-plan", Audience.CUSTOMER, List.of(planSource(first - 1)), List.of(), List.of(actionTable("due", actions, span.end(), false)), notes);
        }

        /** The quarterly review: the period against the ones before; its plan in force is the last meeting's plan. */
        Review quarterly() {
            return periods(List.of());
        }

        /** The annual review: the periods of the year; each plan in force in the year and how it ended. */
        Review annual(int year) {
            boolean wholeYear = span.start().equals(LocalDate.of(year, 1, 1)) && span.end().equals(LocalDate.of(year, 12, 31));
            return periods(wholeYear ? List.of() : List.of(Note.of("partYear", String.valueOf(year), span.start().toString(), span.end().toString(),
                    String.valueOf(last - first + 1))));
        }

        /** The sections of a review of whole periods (quarterly, annual); {@code spanNotes} lead the contract section. */
        private Review periods(List<Note> spanNotes) {
            contract(first, last, spanNotes);
            targets(first, last);
            performance(first, last);
            satisfaction(first, last);
            demand();
            problems(first, last);
            if (level == ReviewLevel.ANNUAL) {
                yearPlans();
            } else {
                planProgress(first, "previous-plan", Audience.CUSTOMER);
            }
            nextPlan(Audience.CUSTOMER, last);
            controlTable(first, last);
            difficult();
            unresolved();
            groupBriefs();
            engineers();
            nextPlan(Audience.TEAM, last);
            return done();
        }

        // ------------------------------------------------------------------ customer content (R-C)

        /** Contract execution: each service's SLA target and attainment per period, and over the periods together. */
        private void contract(int from, int to, List<Note> spanNotes) {
            ServiceSnapshot latest = period(to).snapshot();
            if (latest.services().isEmpty()) {
                unavailable("contract", Audience.CUSTOMER, List.of(period(to).file(period(to).snapshotFile()) + ": services"), Note.of("noServices"));
                return;
            }
            List<Column> columns = new ArrayList<>(List.of(new Column("service", Kind.TEXT), new Column("target", Kind.PERCENT)));
            for (int i = from; i <= to; i++) {
                columns.add(new Column("period:" + period(i).name(), Kind.PERCENT));
            }
            if (to > from) {
                columns.add(new Column("together", Kind.PERCENT));
            }
            columns.add(new Column("tickets", Kind.COUNT));
            columns.add(new Column("majorIncidents", Kind.COUNT));
            columns.add(new Column("met", Kind.WORD));
            List<List<Object>> rows = new ArrayList<>();
            List<Note> notes = new ArrayList<>(spanNotes);
            List<String> sources = new ArrayList<>();
            for (int i = from; i <= to; i++) {
                sources.add(period(i).file(period(i).snapshotFile()) + ": services[].sla, services[].tickets");
                if (period(i).tickets().filter(l -> l.has(TicketField.SERVICE)).isPresent()) {
                    sources.add(period(i).file("records/tickets.csv") + ": service, made_sla");
                }
            }
            for (ServiceOffering service : latest.services()) {
                Subject subject = new Subject("service", service.id(), service.name());
                List<Object> row = new ArrayList<>();
                row.add(service.name());
                Double target = service.sla().map(s -> s.attainmentTarget()).orElse(null);
                row.add(target);
                long met = 0;
                long inScope = 0;
                Long majors = null;
                String reason = null;
                for (int i = from; i <= to; i++) {
                    Optional<Measurement> m = assessment(i).measurements().of(MetricCatalog.SLA_SHORTFALL, subject);
                    row.add(m.filter(Measurement::available).flatMap(x -> evidence(x, "attainment")).orElse(null));
                    if (m.isPresent() && m.get().available()) {
                        met += evidence(m.get(), "metSla").map(Double::longValue).orElse(0L);
                        inScope += evidence(m.get(), "inScope").map(Double::longValue).orElse(0L);
                    } else if (i == to) {
                        reason = m.map(Measurement::unavailableReason).orElse("not measured in " + period(i).name());
                    }
                    Optional<Measurement> major = assessment(i).measurements().of(MetricCatalog.MAJOR_INCIDENTS, subject).filter(Measurement::available);
                    if (major.isPresent()) {
                        majors = (majors == null ? 0 : majors) + (long) major.get().value();
                    }
                }
                Double together = inScope == 0 ? null : (double) met / inScope;
                if (to > from) {
                    row.add(together);
                }
                row.add(inScope == 0 ? null : inScope);
                row.add(majors);
                row.add(met(together, target));
                rows.add(row);
                if (reason != null) {
                    notes.add(Note.of("serviceNotMeasured", service.name(), reason));
                }
            }
            add("contract", Audience.CUSTOMER, sources, List.of(), List.of(table("services", columns, rows)), notes);
        }

        /** Service targets attained: the verified plan's targets by status, and each strategy goal at the span's end. */
        private void targets(int from, int to) {
            List<Verification> verifications = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (int i = Math.max(from, 1); i <= to; i++) {
                Optional<Verification> v = period(i).step().verification();
                if (v.isPresent()) {
                    verifications.add(v.get());
                    sources.add(planSource(i - 1));
                }
            }
            ImprovementStrategy strategy = in.cycle().strategy();
            if (verifications.isEmpty() && strategy.goals().isEmpty()) {
                unavailable("targets", Audience.CUSTOMER, List.of(), Note.of("noTargets", period(from).name()));
                return;
            }
            List<Table> tables = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            if (!verifications.isEmpty()) {
                List<List<Object>> rows = new ArrayList<>();
                for (Verification v : verifications) {
                    Map<TargetStatus, Long> counts = v.summary();
                    rows.add(Arrays.asList(v.verified().start() + " – " + v.verified().end(), (long) v.controlTable().size(), counts.getOrDefault(TargetStatus.MET, 0L),
                            counts.getOrDefault(TargetStatus.PARTIALLY_MET, 0L), counts.getOrDefault(TargetStatus.NOT_MET, 0L),
                            counts.getOrDefault(TargetStatus.NOT_MEASURABLE, 0L)));
                }
                tables.add(table("verified", List.of(new Column("verified", Kind.TEXT), new Column("targets", Kind.COUNT), new Column("MET", Kind.COUNT),
                        new Column("PARTIALLY_MET", Kind.COUNT), new Column("NOT_MET", Kind.COUNT), new Column("NOT_MEASURABLE", Kind.COUNT)), rows));
            } else {
                notes.add(Note.of("noPlanInForce", period(from).name()));
            }
            if (!strategy.goals().isEmpty()) {
                sources.add("strategy.yaml: goals");
                sources.add(period(to).file(period(to).snapshotFile()));
                tables.add(goalTable(strategy, to));
            }
            add("targets", Audience.CUSTOMER, sources, List.of(), tables, notes);
        }

        private Table goalTable(ImprovementStrategy strategy, int index) {
            List<List<Object>> rows = new ArrayList<>();
            for (ImprovementStrategy.Goal goal : strategy.goals()) {
                // a goal about one subject is measured on it; a goal without one on the metric's single, organisation-wide value
                Optional<Measurement> value = goal.subject().isPresent()
                        ? assessment(index).measurements().of(goal.metric(), goal.subject().get())
                        : single(assessment(index).measurements().of(goal.metric()));
                Optional<Direction> direction = indicator(index, goal.metric()).map(SevenSteps.Indicator::direction);
                Optional<Unit> unit = indicator(index, goal.metric()).map(SevenSteps.Indicator::unit);
                Object actual = value.filter(Measurement::available).map(m -> (Object) quantity(m.value(), unit.orElse(Unit.NUMBER))).orElse(null);
                String status = value.filter(Measurement::available).isEmpty() || direction.isEmpty() ? "NOT_MEASURABLE"
                        : (direction.get() == Direction.HIGHER_IS_BETTER ? value.get().value() >= goal.level() : value.get().value() <= goal.level())
                                ? "MET" : "NOT_MET";
                rows.add(Arrays.asList(goal.id(), goal.title(), goal.metric(), quantity(goal.level(), unit.orElse(Unit.NUMBER)),
                        goal.due().orElse(null), actual, status));
            }
            return table("goals", List.of(new Column("goal", Kind.TEXT), new Column("title", Kind.TEXT), new Column("metric", Kind.METRIC),
                    new Column("goalLevel", Kind.QUANTITY), new Column("due", Kind.DATE), new Column("actual", Kind.QUANTITY), new Column("status", Kind.WORD)), rows);
        }

        /** Operations analysis: the organisation-wide indicators over the periods up to the span's end, against their bands. */
        private void performance(int from, int to) {
            SevenSteps steps = period(to).step().steps();
            List<SevenSteps.Compared> values = steps.processed().values();
            int start = level == ReviewLevel.ANNUAL ? from : Math.max(0, to - 3);   // a quarter against up to three before it
            List<Column> columns = new ArrayList<>(List.of(new Column("metric", Kind.METRIC)));
            for (int i = start; i <= to; i++) {
                columns.add(new Column("period:" + period(i).name(), Kind.QUANTITY));
            }
            columns.addAll(List.of(new Column("warning", Kind.QUANTITY), new Column("breach", Kind.QUANTITY), new Column("level", Kind.WORD),
                    new Column("movement", Kind.WORD)));
            List<List<Object>> rows = new ArrayList<>();
            for (SevenSteps.Compared value : values) {
                if (!dev.itss.measure.Subjects.ORGANISATION_WIDE.contains(value.subject().kind())) {
                    continue;   // per-entity figures are in the findings; the analysis shows the organisation's
                }
                Optional<SevenSteps.Indicator> indicator = indicator(to, value.metric());
                if (indicator.isEmpty()) {
                    continue;
                }
                Unit unit = indicator.get().unit();
                List<Object> row = new ArrayList<>();
                row.add(value.metric());
                Double before = null;
                for (int i = start; i <= to; i++) {
                    Optional<Measurement> m = assessment(i).measurements().of(value.metric(), value.subject()).filter(Measurement::available);
                    row.add(m.map(x -> (Object) quantity(x.value(), unit)).orElse(null));
                    if (i == to - 1) {
                        before = m.map(Measurement::value).orElse(null);
                    }
                }
                row.add(quantity(indicator.get().warning(), unit));
                row.add(quantity(indicator.get().breach(), unit));
                row.add(value.level().map(BandLevel::name).orElse("OK"));
                row.add(before == null ? null : movement(before, value.value(), indicator.get().direction()));
                rows.add(row);
            }
            rows.sort(Comparator.comparing((List<Object> r) -> levelOrder((String) r.get(r.size() - 2))));
            List<String> sources = new ArrayList<>();
            for (int i = start; i <= to; i++) {
                sources.add(snapshotAndRecords(i));
            }
            if (rows.isEmpty()) {
                unavailable("performance", Audience.CUSTOMER, sources, Note.of("noIndicators", period(to).name()));
                return;
            }
            add("performance", Audience.CUSTOMER, sources, List.of(), List.of(new Table("indicators", columns, rows, rows.size())), List.of());
        }

        private static int levelOrder(String level) {
            return switch (level) {
                case "BREACH" -> 0;
                case "WARNING" -> 1;
                default -> 2;
            };
        }

        private static String movement(double before, double now, Direction direction) {
            if (Measurement.round(before) == Measurement.round(now)) {
                return "STEADY";
            }
            boolean up = now > before;
            return up == (direction == Direction.HIGHER_IS_BETTER) ? "BETTER" : "WORSE";
        }

        /** The satisfaction survey and the quality evaluation of each period of the span, with the period before for a quarter. */
        private void satisfaction(int from, int to) {
            int start = level == ReviewLevel.QUARTERLY ? Math.max(0, from - 1) : from;
            List<List<Object>> rows = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            boolean any = false;
            for (int i = start; i <= to; i++) {
                ServiceSnapshot s = period(i).snapshot();
                sources.add(period(i).file(period(i).snapshotFile()) + ": process.satisfaction, supervision.quality");
                Optional<Measurement> rate = single(assessment(i).measurements().of(MetricCatalog.USER_SATISFACTION)).filter(Measurement::available);
                Optional<dev.itss.model.QualityScores> quality = s.supervision().flatMap(dev.itss.model.Supervision::quality);
                any |= rate.isPresent() || quality.isPresent();
                rows.add(Arrays.asList(period(i).name(), s.process().satisfaction().map(x -> (Object) x.responses().longValue()).orElse(null),
                        rate.map(m -> (Object) m.value()).orElse(null),
                        quality.map(q -> (Object) q.security()).orElse(null), quality.map(q -> (Object) q.reliability()).orElse(null),
                        quality.map(q -> (Object) q.responsiveness()).orElse(null), quality.map(q -> (Object) q.tangibility()).orElse(null),
                        quality.map(q -> (Object) q.friendliness()).orElse(null)));
            }
            if (!any) {
                unavailable("satisfaction", Audience.CUSTOMER, sources, Note.of("noSatisfaction", period(to).name()));
                return;
            }
            add("satisfaction", Audience.CUSTOMER, sources, List.of(), List.of(table("survey", List.of(new Column("period", Kind.TEXT),
                    new Column("responses", Kind.COUNT), new Column("satisfied", Kind.PERCENT), new Column("security", Kind.NUMBER),
                    new Column("reliability", Kind.NUMBER), new Column("responsiveness", Kind.NUMBER), new Column("tangibility", Kind.NUMBER),
                    new Column("friendliness", Kind.NUMBER)), rows)), List.of());
        }

        /** Changes of business demand: services added to or gone from the catalogue, service-content changes and complaints. */
        private void demand() {
            List<List<Object>> rows = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            for (int i = first; i <= last; i++) {
                ServiceSnapshot now = period(i).snapshot();
                sources.add(period(i).file(period(i).snapshotFile()) + ": services, events");
                Optional<ServiceSnapshot> before = previous(i).map(PeriodData::snapshot);
                if (before.isPresent() && level != ReviewLevel.MONTHLY) {
                    List<String> old = before.get().services().stream().map(ServiceOffering::id).toList();
                    List<String> current = now.services().stream().map(ServiceOffering::id).toList();
                    now.services().stream().filter(v -> !old.contains(v.id()))
                            .forEach(v -> rows.add(Arrays.asList(now.period().start(), "ADDED", v.name(), "")));
                    before.get().services().stream().filter(v -> !current.contains(v.id()))
                            .forEach(v -> rows.add(Arrays.asList(now.period().start(), "REMOVED", v.name(), "")));
                } else if (before.isEmpty() && level != ReviewLevel.MONTHLY) {
                    notes.add(Note.of("noEarlierPeriod", period(i).name()));
                }
                now.services().stream().filter(v -> v.cataloguedOn().filter(span::contains).isPresent())
                        .forEach(v -> rows.add(Arrays.asList(v.cataloguedOn().get(), "CATALOGUED", v.name(), "")));
                now.events().stream().filter(e -> span.contains(e.on()) && e.kind() != ServiceEvent.Kind.MAJOR_INCIDENT)
                        .forEach(e -> rows.add(Arrays.asList(e.on(), e.kind().name(), e.title(), String.join(", ", serviceNames(now, e.services())))));
            }
            rows.sort(Comparator.comparing(r -> (LocalDate) r.get(0)));
            if (rows.isEmpty()) {
                notes.add(Note.of("noDemandChange"));
            }
            add("demand", Audience.CUSTOMER, sources, List.of(), List.of(table("changes", List.of(new Column("on", Kind.DATE), new Column("change", Kind.WORD),
                    new Column("what", Kind.TEXT), new Column("services", Kind.TEXT)), rows)), notes);
        }

        /** Problems in the service: the open findings by severity and element, the most severe, and their movement since the period before. */
        private void problems(int from, int to) {
            SevenSteps.Analysis analysis = period(to).step().steps().analysis();
            List<FindingRef> open = analysis.findings();
            Map<Element, long[]> byElement = new EnumMap<>(Element.class);
            for (FindingRef f : open) {
                byElement.computeIfAbsent(f.element(), e -> new long[Severity.values().length])[f.severity().ordinal()]++;
            }
            List<Column> columns = new ArrayList<>(List.of(new Column("element", Kind.WORD)));
            List<Severity> severities = Arrays.stream(Severity.values()).sorted(Comparator.reverseOrder()).toList();
            severities.forEach(s -> columns.add(new Column(s.name(), Kind.COUNT)));
            List<List<Object>> rows = new ArrayList<>();
            byElement.forEach((element, counts) -> {
                List<Object> row = new ArrayList<>(List.of(element.name()));
                severities.forEach(s -> row.add(counts[s.ordinal()]));
                rows.add(row);
            });
            List<Table> tables = new ArrayList<>(List.of(table("bySeverity", columns, rows)));
            List<List<Object>> worst = open.stream().sorted(Comparator.comparing(FindingRef::severity).reversed()
                            .thenComparing(FindingRef::ruleId).thenComparing(f -> f.subject().key()))
                    .map(f -> Arrays.<Object>asList(f.severity().name(), f.ruleId(), f.subject())).toList();
            tables.add(new Table("mostSevere", List.of(new Column("severity", Kind.WORD), new Column("rule", Kind.RULE), new Column("subject", Kind.SUBJECT)),
                    worst.subList(0, Math.min(MAX_ROWS, worst.size())), worst.size()));
            List<Figure> figures = new ArrayList<>(List.of(Figure.of("openFindings", Kind.COUNT, (long) open.size()),
                    Figure.of("waivedFindings", Kind.COUNT, (long) analysis.waived().size())));
            List<Note> notes = new ArrayList<>();
            Optional<AssessmentDiff> diff = level == ReviewLevel.ANNUAL && to > from
                    ? Optional.of(AssessmentDiff.of(assessment(from), assessment(to))) : analysis.sincePrevious();
            if (diff.isPresent()) {
                figures.add(Figure.of("added", Kind.COUNT, (long) diff.get().added().size()));
                figures.add(Figure.of("resolved", Kind.COUNT, (long) diff.get().resolved().size()));
                figures.add(Figure.of("persisting", Kind.COUNT, (long) diff.get().persisting().size()));
                figures.add(Figure.of("worse", Kind.COUNT, diff.get().persisting().stream().filter(AssessmentDiff.Persisting::worse).count()));
                notes.add(Note.of("movementSince", diff.get().before().start() + " – " + diff.get().before().end()));
            } else {
                notes.add(Note.of("noEarlierPeriod", period(to).name()));
            }
            List<String> sources = new ArrayList<>(List.of(snapshotAndRecords(to)));
            if (diff.isPresent()) {
                sources.add(snapshotAndRecords(level == ReviewLevel.ANNUAL && to > from ? from : to - 1));
            }
            add("problems", Audience.CUSTOMER, sources, figures, tables, notes);
        }

        /** The progress of the plan in force during a period (the last meeting's plan): its actions, status and overdue ones. */
        private void planProgress(int index, String key, Audience audience) {
            Optional<ImprovementPlan> plan = planInForce(index);
            if (plan.isEmpty()) {
                unavailable(key, audience, List.of(), Note.of("noPlanInForce", period(index).name()));
                return;
            }
            ImprovementPlan p = plan.get();
            Map<String, Long> counts = new LinkedHashMap<>();
            Arrays.stream(ImplementationStatus.values()).forEach(s -> counts.put(s.name(), 0L));
            p.actions().forEach(a -> counts.merge(a.status().name(), 1L, Long::sum));
            List<Figure> figures = new ArrayList<>();
            counts.forEach((status, n) -> figures.add(Figure.of(status, Kind.COUNT, n)));
            long overdue = p.actions().stream().filter(a -> overdue(a, span.end())).count();
            figures.add(Figure.of("overdue", Kind.COUNT, overdue));
            List<Note> notes = new ArrayList<>();
            if (period(index - 1).step().editedPlan().isEmpty()) {
                notes.add(Note.of("planNotEdited", period(index - 1).name()));
            }
            add(key, audience, List.of(planSource(index - 1)), figures,
                    List.of(actionTable("actions", p.actions(), span.end(), audience == Audience.TEAM)), notes);
        }

        private static boolean overdue(ImprovementAction action, LocalDate asOf) {
            return action.notDone() && action.decision() != dev.itss.improve.Decision.REJECTED && action.due().filter(d -> d.isBefore(asOf)).isPresent();
        }

        /** The annual review's plans of the year: each plan in force in the year and how its actions ended. */
        private void yearPlans() {
            List<List<Object>> rows = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (int i = Math.max(first, 1); i <= last; i++) {
                ImprovementPlan plan = planInForce(i).orElseThrow();
                LocalDate end = period(i).snapshot().period().end();
                sources.add(planSource(i - 1));
                Map<ImplementationStatus, Long> counts = new EnumMap<>(ImplementationStatus.class);
                plan.actions().forEach(a -> counts.merge(a.status(), 1L, Long::sum));
                rows.add(Arrays.asList(period(i).name(), (long) plan.actions().size(), counts.getOrDefault(ImplementationStatus.DONE, 0L),
                        counts.getOrDefault(ImplementationStatus.IN_PROGRESS, 0L), counts.getOrDefault(ImplementationStatus.NOT_STARTED, 0L),
                        counts.getOrDefault(ImplementationStatus.ABANDONED, 0L), plan.actions().stream().filter(a -> overdue(a, end)).count()));
            }
            if (rows.isEmpty()) {
                unavailable("previous-plan", Audience.CUSTOMER, List.of(), Note.of("noPlanInForce", period(first).name()));
                return;
            }
            add("previous-plan", Audience.CUSTOMER, sources, List.of(), List.of(table("plans", List.of(new Column("period", Kind.TEXT),
                    new Column("actions", Kind.COUNT), new Column("DONE", Kind.COUNT), new Column("IN_PROGRESS", Kind.COUNT),
                    new Column("NOT_STARTED", Kind.COUNT), new Column("ABANDONED", Kind.COUNT), new Column("overdue", Kind.COUNT)), rows)), List.of());
        }

        /** The next plan: the one made from the span's last period; the customer sees the best-ranked actions, the team all with owners. */
        private void nextPlan(Audience audience, int index) {
            ImprovementPlan plan = period(index).step().plan();
            String key = audience == Audience.CUSTOMER ? "next-plan" : "next-plan-team";
            List<String> sources = List.of(planSource(index));
            if (plan.actions().isEmpty()) {
                add(key, audience, sources, List.of(), List.of(), List.of(Note.of("noPlanActions", period(index).name())));
                return;
            }
            List<ImprovementAction> actions = audience == Audience.CUSTOMER
                    ? plan.actions().stream().filter(a -> a.decision() != dev.itss.improve.Decision.REJECTED).limit(CUSTOMER_ACTIONS).toList()
                    : plan.actions();
            List<Figure> figures = List.of(Figure.of("from", Kind.DATE, plan.nextPeriod().start()), Figure.of("to", Kind.DATE, plan.nextPeriod().end()),
                    Figure.of("actions", Kind.COUNT, (long) plan.actions().size()), Figure.of("targets", Kind.COUNT, (long) plan.targets().size()));
            List<Table> tables = new ArrayList<>(List.of(actionTable("actions", actions, plan.nextPeriod().end(), audience == Audience.TEAM)));
            if (level == ReviewLevel.ANNUAL && audience == Audience.CUSTOMER && !in.cycle().strategy().goals().isEmpty()) {
                tables.add(goalTable(in.cycle().strategy(), index));
            }
            List<Note> notes = period(index).step().editedPlan().isPresent() ? List.of() : List.of(Note.of("planGenerated", period(index).name()));
            add(key, audience, sources, figures, tables, notes);
        }

        // ------------------------------------------------------------------ team content (R-T)

        /** The last period's plan reviewed: the control table of the targets verified in the span, with their owners. */
        private void controlTable(int from, int to) {
            List<List<Object>> rows = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (int i = Math.max(from, 1); i <= to; i++) {
                Optional<Verification> v = period(i).step().verification();
                if (v.isEmpty()) {
                    continue;
                }
                sources.add(planSource(i - 1));
                for (ControlRow row : v.get().controlTable()) {
                    rows.add(Arrays.asList(period(i).name(), row.action(), row.metric(), row.subject(), quantity(row.targetValue(), row.unit()), row.due(),
                            row.actual().map(a -> (Object) quantity(a, row.unit())).orElse(null), row.status().name(),
                            row.owner().orElse(null)));
                }
            }
            if (sources.isEmpty()) {
                unavailable("last-plan", Audience.TEAM, List.of(), Note.of("noPlanInForce", period(from).name()));
                return;
            }
            add("last-plan", Audience.TEAM, sources, List.of(), List.of(new Table("controlTable", List.of(new Column("verified", Kind.TEXT),
                    new Column("action", Kind.TEXT), new Column("metric", Kind.METRIC), new Column("subject", Kind.SUBJECT), new Column("target", Kind.QUANTITY),
                    new Column("due", Kind.DATE), new Column("actual", Kind.QUANTITY), new Column("status", Kind.WORD), new Column("owner", Kind.TEXT)),
                    rows, rows.size())), List.of());
        }

        /** The special or difficult tickets of the span: priority 1, reopened, reassigned or SLA missed. */
        private void difficult() {
            List<TicketRecord> all = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            for (int i = first; i <= last; i++) {
                PeriodData p = period(i);
                sources.add(p.file("records/tickets.csv"));
                if (p.tickets().isEmpty()) {
                    notes.add(Note.of("noTicketExport", p.name()));
                    continue;
                }
                Period window = overlap(p.snapshot().period());
                p.tickets().get().openedIn(window).stream().filter(t -> !reasons(t).isEmpty()).forEach(all::add);
            }
            if (notes.size() == last - first + 1) {
                unavailable("difficult-tickets", Audience.TEAM, sources, notes.get(notes.size() - 1));
                return;
            }
            all.sort(BY_PRIORITY);
            add("difficult-tickets", Audience.TEAM, sources, List.of(Figure.of("tickets", Kind.COUNT, (long) all.size())),
                    List.of(ticketTable("difficult", all, MAX_ROWS, span.end())), notes);
        }

        /** The tickets still open at the span's end, from the export of the period it ends in. */
        private void unresolved() {
            PeriodData p = period(last);
            String file = p.file("records/tickets.csv");
            if (p.tickets().isEmpty()) {
                unavailable("unresolved-tickets", Audience.TEAM, List.of(file), Note.of("noTicketExport", p.name()));
                return;
            }
            List<TicketRecord> open = p.tickets().get().openAt(span.end());
            add("unresolved-tickets", Audience.TEAM, List.of(file), List.of(Figure.of("open", Kind.COUNT, (long) open.size())),
                    List.of(ticketTable("open", open, MAX_ROWS, span.end())), List.of());
        }

        /** Each group's brief: the assignment groups' figures over the span. */
        private void groupBriefs() {
            List<List<Object>> rows = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            for (int i = first; i <= last; i++) {
                PeriodData p = period(i);
                String file = p.file("records/tickets.csv");
                sources.add(file);
                if (p.tickets().isEmpty()) {
                    notes.add(Note.of("noTicketExport", p.name()));
                    continue;
                }
                if (!p.tickets().get().has(TicketField.ASSIGNMENT_GROUP)) {
                    notes.add(Note.of("noColumn", file, "assignment_group"));
                    continue;
                }
                Period window = overlap(p.snapshot().period());
                p.tickets().get().kpis(window, GroupBy.ASSIGNMENT_GROUP).groups().forEach((group, k) -> rows.add(Arrays.asList(
                        p.name(), group, k.tickets(), k.slaAttainment().orElse(null), k.timeToResolve().map(d -> (Object) d.median()).orElse(null),
                        k.backlog(), k.reopenRate().orElse(null))));
            }
            if (rows.isEmpty()) {
                unavailable("group-briefs", Audience.TEAM, sources, notes.isEmpty() ? Note.of("noTickets", name) : notes.get(notes.size() - 1));
                return;
            }
            add("group-briefs", Audience.TEAM, sources, List.of(), List.of(new Table("groups", List.of(new Column("period", Kind.TEXT),
                    new Column("group", Kind.TEXT), new Column("tickets", Kind.COUNT), new Column("slaAttainment", Kind.PERCENT),
                    new Column("medianHoursToResolve", Kind.HOURS), new Column("openAtEnd", Kind.COUNT), new Column("reopenRate", Kind.PERCENT)),
                    rows, rows.size())), notes);
        }

        /** The engineers' KPI summary: the snapshot's KPI score and hours, and their tickets from the export when it names assignees. */
        private void engineers() {
            PeriodData p = period(last);
            List<Engineer> engineers = p.snapshot().people().engineers();
            String snapshot = p.file(p.snapshotFile()) + ": people.engineers";
            String file = p.file("records/tickets.csv");
            if (engineers.isEmpty()) {
                unavailable("engineer-kpis", Audience.TEAM, List.of(snapshot), Note.of("noEngineers", p.name()));
                return;
            }
            List<Note> notes = new ArrayList<>();
            List<String> sources = new ArrayList<>(List.of(snapshot));
            Map<String, TicketKpis> byAssignee = Map.of();
            if (p.tickets().isEmpty()) {
                notes.add(Note.of("noTicketExport", p.name()));
            } else if (!p.tickets().get().has(TicketField.ASSIGNEE)) {
                notes.add(Note.of("noColumn", file, "assignee"));
            } else {
                sources.add(file + ": assignee");
                byAssignee = p.tickets().get().kpis(overlap(p.snapshot().period()), GroupBy.ASSIGNEE).groups();
            }
            boolean tickets = !byAssignee.isEmpty();
            List<List<Object>> rows = new ArrayList<>();
            for (Engineer e : engineers) {
                TicketKpis k = byAssignee.get(e.id());
                String post = p.snapshot().people().posts().stream().filter(x -> x.id().equals(e.post())).map(dev.itss.model.Post::name).findFirst()
                        .orElse(e.post());
                rows.add(Arrays.asList(e.name(), post, e.kpiScore().orElse(null),
                        e.contractedHours() == 0 ? null : e.workedHours() / e.contractedHours(),
                        k == null ? (tickets ? (Object) 0L : null) : k.tickets(), k == null ? null : k.slaAttainment().orElse(null),
                        k == null ? null : k.timeToResolve().map(d -> (Object) d.median()).orElse(null)));
            }
            rows.sort(Comparator.comparing((List<Object> r) -> r.get(2) == null ? Double.MAX_VALUE : (Double) r.get(2)));
            add("engineer-kpis", Audience.TEAM, sources, List.of(), List.of(table("engineers", List.of(new Column("engineer", Kind.TEXT),
                    new Column("post", Kind.TEXT), new Column("kpiScore", Kind.NUMBER), new Column("workedOfContracted", Kind.PERCENT),
                    new Column("tickets", Kind.COUNT), new Column("slaAttainment", Kind.PERCENT), new Column("medianHoursToResolve", Kind.HOURS)),
                    rows)), notes);
        }

        // ------------------------------------------------------------------ helpers

        /** The part of a period inside the span. */
        private Period overlap(Period period) {
            return new Period(max(period.start(), span.start()), min(period.end(), span.end()));
        }

        private Optional<SevenSteps.Indicator> indicator(int index, String metric) {
            return period(index).step().steps().framework().indicators().stream().filter(i -> i.metric().equals(metric)).findFirst();
        }

        private Table actionTable(String key, List<ImprovementAction> actions, LocalDate asOf, boolean team) {
            List<Column> columns = new ArrayList<>(List.of(new Column("action", Kind.TEXT), new Column("title", Kind.BILINGUAL),
                    new Column("severity", Kind.WORD), new Column("due", Kind.DATE), new Column("status", Kind.WORD), new Column("overdue", Kind.WORD)));
            if (team) {
                columns.add(2, new Column("owner", Kind.TEXT));
                columns.add(3, new Column("decision", Kind.WORD));
            }
            List<List<Object>> rows = new ArrayList<>();
            for (ImprovementAction a : actions) {
                List<Object> row = new ArrayList<>(Arrays.asList(a.id(), a.title(), a.severity().name(), a.due().orElse(null), a.status().name(),
                        overdue(a, asOf) ? "OVERDUE" : null));
                if (team) {
                    row.add(2, a.owner().orElse(null));
                    row.add(3, a.decision().name());
                }
                rows.add(row);
            }
            return new Table(key, columns, rows, rows.size());
        }

        private Table ticketTable(String key, List<TicketRecord> tickets, int limit, LocalDate asOf) {
            List<List<Object>> rows = new ArrayList<>();
            for (TicketRecord t : tickets.subList(0, Math.min(limit, tickets.size()))) {
                Double ageDays = t.resolvedAt().filter(r -> !r.toLocalDate().isAfter(asOf)).isPresent() ? null
                        : (double) ChronoUnit.DAYS.between(t.openedAt().toLocalDate(), asOf);
                rows.add(Arrays.asList(t.id(), t.openedAt(), t.priority().map(x -> (Object) x.longValue()).orElse(null), t.type().name(),
                        t.group().orElse(null), t.assignee().orElse(null), t.state().map(Enum::name).orElse(null),
                        t.hoursToResolve().orElse(null), ageDays, t.madeSla().map(m -> m ? "MADE" : "MISSED").orElse(null), reasons(t)));
            }
            return new Table(key, List.of(new Column("ticket", Kind.TEXT), new Column("opened", Kind.DATE), new Column("priority", Kind.COUNT),
                    new Column("type", Kind.WORD), new Column("group", Kind.TEXT), new Column("assignee", Kind.TEXT), new Column("finalState", Kind.WORD),
                    new Column("hoursToResolve", Kind.HOURS), new Column("openDays", Kind.NUMBER), new Column("sla", Kind.WORD), new Column("why", Kind.WORDS)),
                    rows, tickets.size());
        }

        private Table eventTable(List<ServiceEvent> events) {
            List<List<Object>> rows = new ArrayList<>();
            for (ServiceEvent e : events) {
                rows.add(Arrays.asList(e.id(), e.on(), e.kind().name(), e.title(), e.problem().orElse(null)));
            }
            return table("events", List.of(new Column("event", Kind.TEXT), new Column("on", Kind.DATE), new Column("kind", Kind.WORD),
                    new Column("title", Kind.TEXT), new Column("problem", Kind.TEXT)), rows);
        }

        private static Table table(String key, List<Column> columns, List<List<Object>> rows) {
            return new Table(key, columns, rows, rows.size());
        }
    }

    /** Priority 1 first, then the oldest. */
    private static final Comparator<TicketRecord> BY_PRIORITY = Comparator.comparing((TicketRecord t) -> t.priority().orElse(Integer.MAX_VALUE))
            .thenComparing(TicketRecord::openedAt).thenComparing(TicketRecord::id);

    /** Why a ticket is special or difficult: priority 1, reopened, reassigned, SLA missed; empty when none. */
    static List<String> reasons(TicketRecord t) {
        List<String> out = new ArrayList<>();
        if (t.priority().filter(p -> p == 1).isPresent()) {
            out.add("PRIORITY_1");
        }
        if (t.reopened()) {
            out.add("REOPENED");
        }
        if (t.reassigned()) {
            out.add("REASSIGNED");
        }
        if (t.missedSla()) {
            out.add("SLA_MISSED");
        }
        return out;
    }

    private static Object quantity(double value, Unit unit) {
        return new ReviewSection.Quantity(value, unit);
    }

    private static Optional<Double> evidence(Measurement m, String name) {
        return m.inputs().stream().filter(e -> e.name().equals(name)).map(Evidence::value).filter(Number.class::isInstance)
                .map(v -> ((Number) v).doubleValue()).findFirst();
    }

    private static Optional<Measurement> single(List<Measurement> measurements) {
        return measurements.size() == 1 ? Optional.of(measurements.get(0)) : Optional.empty();
    }

    private static String serviceName(ServiceSnapshot snapshot, String id) {
        return snapshot.services().stream().filter(s -> s.id().equals(id)).map(ServiceOffering::name).findFirst().orElse(id);
    }

    private static List<String> serviceNames(ServiceSnapshot snapshot, List<String> ids) {
        return ids.stream().map(id -> serviceName(snapshot, id)).toList();
    }
}

package dev.itss.measure;

import static dev.itss.measure.MetricCatalog.*;

import dev.itss.model.Subject;
import dev.itss.records.TicketKpis;
import java.util.List;

/**
 * The figures of the period's ticket export: measured first, so that they take the place of the declared figures of the same KPIs.
 */
final class TicketFigures extends ElementFigures {

    TicketFigures(Sheet sheet) {
        super(sheet);
    }

    @Override
    void measure() {
        tickets();
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
            notAvailable(TICKET_LOAD, organisation, "no ticket export given (itss assess --records): tickets per engineer come from its assignees");
            return;
        }
        TicketKpis k = records.tickets().get();
        ticketLoad(k);
        int from = sheet.out.size();
        tickets(organisation, k, "the export");
        sheet.out.subList(from, sheet.out.size()).stream().filter(Measurement::available).forEach(m -> sheet.measuredFromRecords.add(m.metric()));
        k.groups().forEach((name, group) -> {
            // a group measures what its tickets give; what they do not give is already reported
            // for the organisation (from the export or the declared counts), not for every group
            int start = sheet.out.size();
            tickets(subject(k.groupedBy().subjectKind(), name, name), group, "the group's tickets");
            // a service of the snapshot has one SLA figure, its own (process.sla_shortfall), which the export's counts fed
            boolean ownFigure = k.groupedBy() == dev.itss.records.GroupBy.SERVICE && sheet.servicesFromExport.contains(name);
            sheet.out.subList(start, sheet.out.size()).removeIf(m -> !m.available() || (ownFigure && m.metric().equals(TICKET_SLA_ATTAINMENT)));
        });
    }

    /**
     * Each engineer's tickets (as final assignee) against the median of the engineers who are
     * assignees: needs the assignee column and two engineers of the snapshot among the assignees;
     * said once for the organisation when it cannot be measured.
     */
    private void ticketLoad(TicketKpis k) {
        List<dev.itss.model.Engineer> engineers = s.people().engineers();
        if (engineers.isEmpty()) {
            notAvailable(TICKET_LOAD, organisation, "no engineers reported (people.engineers)");
            return;
        }
        if (k.assignees().isEmpty()) {
            notAvailable(TICKET_LOAD, organisation, "the ticket export has no assignee (columns.assignee)");
            return;
        }
        List<dev.itss.model.Engineer> working = engineers.stream().filter(e -> k.assignees().containsKey(e.id())).toList();
        if (working.size() < 2) {
            notAvailable(TICKET_LOAD, organisation, "fewer than two engineers of the snapshot are assignees in the ticket export (assignee values are "
                    + "matched to engineer ids)");
            return;
        }
        double[] counts = working.stream().mapToDouble(e -> k.assignees().get(e.id())).sorted().toArray();
        int n = counts.length;
        double median = n % 2 == 1 ? counts[n / 2] : (counts[n / 2 - 1] + counts[n / 2]) / 2;
        // an engineer who is no assignee is not measured: many posts (a DBA, a network engineer) work outside the ticket queue
        for (dev.itss.model.Engineer e : working) {
            Subject subject = subject("engineer", e.id(), e.name());
            long tickets = k.assignees().get(e.id());
            add(Measurement.of(TICKET_LOAD, subject, tickets / median, Evidence.count("tickets", tickets), Evidence.number("teamMedian", median),
                    Evidence.count("engineers", n), TICKET_EXPORT));
        }
    }

    private void tickets(Subject subject, TicketKpis k, String whose) {
        ratio(TICKET_SLA_ATTAINMENT, subject, k.slaMade(), k.slaKnown(), "no ticket of " + whose + " has a known SLA outcome",
                Evidence.count("made", k.slaMade()), Evidence.count("known", k.slaKnown()), Evidence.count("tickets", k.tickets()));
        // a rate whose data the export lacks is not measured from it (the declared figure stands, or none)
        if (k.measured().reopens()) {
            fromRecords(INCIDENT_REOPEN_RATE, subject, k.reopened(), k.tickets(),
                    Evidence.count("reopened", k.reopened()), Evidence.count("resolved", k.tickets()), TICKET_EXPORT);
        }
        if (k.measured().reassignments()) {
            fromRecords(INCIDENT_REASSIGNMENT_RATE, subject, k.reassigned(), k.tickets(),
                    Evidence.count("reassigned", k.reassigned()), Evidence.count("resolved", k.tickets()), TICKET_EXPORT);
        }
        if (k.measured().knowledgeUse()) {
            // the organisation's knowledge use is the knowledge base's figure, whichever source measured it
            fromRecords(KNOWLEDGE_USE_RATE, subject == organisation ? singleton("knowledge-base", "Knowledge base") : subject, k.withKnowledge(),
                    k.tickets(), Evidence.count("withArticle", k.withKnowledge()), Evidence.count("resolved", k.tickets()), TICKET_EXPORT);
        }
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

}

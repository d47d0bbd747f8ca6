package dev.itss.records;

import static dev.itss.records.Cells.NONE;

import dev.itss.records.RecordMapping.EventTimes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds the rows of a ticket export into one state per ticket: the final row's values (highest
 * update counter, else latest update or event time, else the last row), the history the KPIs need
 * (first and last group and state, reassignments and reopenings seen, first and highest support
 * level) and, for an event log, the times derived from its events ({@link EventTimes}). Memory
 * follows distinct tickets, not rows. Two folds of consecutive parts of one file join with
 * {@link #append} as if one had read both.
 */
final class TicketFold {
    /** Priorities are 1 (highest) to 5. */
    static final int LOWEST_PRIORITY = 5;
    /** Support levels are 1 (first level) to 9. */
    static final int HIGHEST_LEVEL = 9;

    /** Per-ticket state: only what the KPIs need. Times are epoch seconds of the instant, {@link Cells#NONE} when absent. */
    static final class Ticket {
        long counter = Long.MIN_VALUE;
        long updatedAt = NONE;
        long openedAt = NONE;
        long respondedAt = NONE;
        long resolvedAt = NONE;
        Boolean madeSla;
        SlaSource slaSource;
        Boolean knowledge;
        Integer reassignmentCounter;
        Integer reopenCounter;
        String group;
        String service;
        String assignee;
        Integer priority;
        TicketState state;
        TicketType type;
        Boolean firstContact;
        Boolean emergency;
        Boolean successful;
        // history, in row order; the first values let two parts of one file be joined
        String firstGroup;
        TicketState firstState;
        String lastGroup;
        TicketState lastState;
        boolean reassignedInHistory;
        boolean reopenedInHistory;
        int firstLevel;
        int maxLevel;
        /** The opening time of the ticket's first row, and whether a later row gave another. */
        long firstOpenedAt = NONE;
        boolean openingVaries;
        // event times: earliest event, start of the trailing run of done states, earliest response activity
        long firstEventAt = NONE;
        long doneRunStart = NONE;
        /** True while every row with a state in this part was done: the run may have started in the part before. */
        boolean doneSinceFirstState;
        long responseEventAt = NONE;

        /** Reopened at least once: the export's counter, else a done state followed by an open one in the history. */
        boolean reopened() {
            return reopenCounter != null ? reopenCounter > 0 : reopenedInHistory;
        }

        /** Reassigned at least once: the export's counter, else a change of group in the history. */
        boolean reassigned() {
            return reassignmentCounter != null ? reassignmentCounter > 0 : reassignedInHistory;
        }

        /**
         * Still open at {@code end} (epoch seconds, {@link Cells#NONE} for "now"): not done or
         * cancelled (by its state, else by a resolution time), or resolved only after {@code end}.
         */
        boolean openAt(long end) {
            boolean done = state != null ? state.isDone() || state == TicketState.CANCELLED : resolvedAt != NONE;
            if (done && end != NONE && resolvedAt != NONE && resolvedAt > end) {
                done = false;   // resolved after the end: still open at it
            }
            return !done;
        }
    }

    private final Cells cells;
    private final EventTimes events;
    private final Set<String> responseActivities;
    private final boolean openingFromEvents;
    private Map<String, Ticket> tickets = new HashMap<>();
    /** The latest time any row mentions: "now" for ageing when no period is given. */
    long latestSeen = Long.MIN_VALUE;
    /** Whether any ticket's rows gave more than one opening time. */
    private boolean anyOpeningVaries;
    /** The ticket of the row before, under the same id object: an event log's rows of a ticket follow each other. */
    private String lastId;
    private Ticket lastTicket;

    TicketFold(Cells cells) {
        this.cells = cells;
        this.events = cells.mapping().events();
        this.responseActivities = Set.copyOf(events.responseActivities());
        this.openingFromEvents = events.opening() == EventTimes.Opening.FIRST_EVENT;
    }

    Cells cells() {
        return cells;
    }

    Map<String, Ticket> tickets() {
        return tickets;
    }

    void accept(String[] row, int line) throws RowProblem {
        Cells c = cells;
        String id = c.required(row, TicketField.TICKET, line, "a ticket number");
        long eventAt = c.instant(row, TicketField.EVENT_AT, line);
        long opened;
        if (openingFromEvents) {
            if (eventAt == NONE) {
                throw c.problem(line, TicketField.EVENT_AT, "", "the time of the event (events.opening is firstEvent)");
            }
            opened = eventAt;
        } else {
            opened = c.instant(row, TicketField.OPENED_AT, line);
            if (opened == NONE) {
                throw c.problem(line, TicketField.OPENED_AT, "", "the opening time");
            }
        }
        Integer counter = c.integer(row, TicketField.UPDATE_COUNTER, line, 0, Integer.MAX_VALUE);
        long updated = c.instant(row, TicketField.UPDATED_AT, line);
        long resolved = c.instant(row, TicketField.RESOLVED_AT, line);
        long responded = c.instant(row, TicketField.RESPONDED_AT, line);
        if (!openingFromEvents) {
            if (resolved != NONE && resolved < opened) {
                throw c.problem(line, TicketField.RESOLVED_AT, "resolved before it was opened: " + c.formats().local(resolved)
                        + " is earlier than the opening time " + c.formats().local(opened));
            }
            if (responded != NONE && responded < opened) {
                throw c.problem(line, TicketField.RESPONDED_AT, "responded to before it was opened: " + c.formats().local(responded)
                        + " is earlier than the opening time " + c.formats().local(opened));
            }
        }
        TicketState state = c.choice(row, TicketField.STATE, line, TicketState.class);
        Boolean madeSla = c.bool(row, TicketField.MADE_SLA, line);
        SlaSource slaSource = madeSla != null ? SlaSource.MADE_SLA_FLAG : null;
        if (madeSla == null) {
            madeSla = slaTimeLeft(row, line);
            slaSource = madeSla != null ? SlaSource.TIME_LEFT : null;
        }
        Boolean knowledge = c.bool(row, TicketField.KNOWLEDGE, line);
        if (c.text(row, TicketField.ARTICLE, line) != null) {
            knowledge = Boolean.TRUE;   // a linked article is knowledge use, whatever the flag says
        }
        Integer reassignments = c.integer(row, TicketField.REASSIGNMENTS, line, 0, Integer.MAX_VALUE);
        Integer reopens = c.integer(row, TicketField.REOPENS, line, 0, Integer.MAX_VALUE);
        String group = c.text(row, TicketField.ASSIGNMENT_GROUP, line);
        String service = c.text(row, TicketField.SERVICE, line);
        String assignee = c.text(row, TicketField.ASSIGNEE, line);
        Integer priority = c.integer(row, TicketField.PRIORITY, line, 1, LOWEST_PRIORITY);
        Integer level = c.integer(row, TicketField.LEVEL, line, 1, HIGHEST_LEVEL);
        TicketType type = c.choice(row, TicketField.TYPE, line, TicketType.class);
        Boolean firstContact = c.bool(row, TicketField.FIRST_CONTACT, line);
        Boolean emergency = c.bool(row, TicketField.EMERGENCY, line);
        Boolean successful = outcome(row, line);
        String activity = responseActivities.isEmpty() ? null : c.text(row, TicketField.ACTIVITY, line);

        latestSeen = Math.max(latestSeen, Math.max(Math.max(opened, eventAt), Math.max(updated, resolved)));
        Ticket t = id == lastId ? lastTicket : tickets.get(id);
        if (t == null) {
            t = new Ticket();
            tickets.put(id, t);
        }
        lastId = id;
        lastTicket = t;
        history(t, group, state, level, opened, eventAt, activity);
        // final state: highest counter (ties to the later row); else latest update or event time (ties later); else last row
        long order = updated != NONE ? updated : eventAt;
        boolean isFinal;
        if (counter != null) {
            isFinal = counter >= t.counter;
        } else if (order != NONE) {
            isFinal = order >= t.updatedAt;
        } else {
            isFinal = true;
        }
        if (isFinal) {
            if (counter != null) {
                t.counter = counter;
            }
            if (order != NONE) {
                t.updatedAt = order;
            }
            t.openedAt = opened;
            t.resolvedAt = resolved;
            t.respondedAt = responded;
            t.madeSla = madeSla;
            t.slaSource = slaSource;
            t.knowledge = knowledge;
            t.reassignmentCounter = reassignments;
            t.reopenCounter = reopens;
            t.group = group;
            t.service = service;
            t.assignee = assignee;
            t.priority = priority;
            t.state = state;
            t.type = type;
            t.firstContact = firstContact;
            t.emergency = emergency;
            t.successful = successful;
        }
    }

    /** The history of a ticket, in row order. */
    private void history(Ticket t, String group, TicketState state, Integer level, long opened, long eventAt, String activity) {
        if (group != null) {
            if (t.firstGroup == null) {
                t.firstGroup = group;
            }
            if (t.lastGroup != null && !t.lastGroup.equals(group)) {
                t.reassignedInHistory = true;
            }
            t.lastGroup = group;
        }
        if (state != null) {
            boolean first = t.firstState == null;
            if (first) {
                t.firstState = state;
                t.doneSinceFirstState = true;
            }
            if (t.lastState != null && t.lastState.isDone() && (state == TicketState.ACTIVE || state == TicketState.NEW)) {
                t.reopenedInHistory = true;
            }
            if (state.isDone()) {
                if (first || !t.lastState.isDone()) {
                    t.doneRunStart = eventAt;
                }
            } else {
                t.doneRunStart = NONE;
                t.doneSinceFirstState = false;
            }
            t.lastState = state;
        }
        if (level != null) {
            if (t.firstLevel == 0) {
                t.firstLevel = level;
            }
            t.maxLevel = Math.max(t.maxLevel, level);
        }
        if (!openingFromEvents) {
            if (t.firstOpenedAt == NONE) {
                t.firstOpenedAt = opened;
            } else if (t.firstOpenedAt != opened) {
                t.openingVaries = true;
                anyOpeningVaries = true;
            }
        }
        if (eventAt != NONE) {
            t.firstEventAt = t.firstEventAt == NONE ? eventAt : Math.min(t.firstEventAt, eventAt);
            if (activity != null && responseActivities.contains(activity)) {
                t.responseEventAt = t.responseEventAt == NONE ? eventAt : Math.min(t.responseEventAt, eventAt);
            }
        }
    }

    /** Makes room for {@code expected} tickets at once, before the parts after this one are appended (no rehashing as they come). */
    void reserve(int expected) {
        if (expected > tickets.size()) {
            Map<String, Ticket> larger = new HashMap<>((int) (expected / 0.75f) + 1);
            larger.putAll(tickets);
            tickets = larger;
        }
    }

    /**
     * Takes in the fold of the part that follows this one in the file, as if its rows had been
     * read here: its final rows win by the same rule, and the history joins at the boundary (a
     * group change or a reopening between this part's last row and that part's first row of a
     * ticket counts; a run of done states that crosses the boundary starts in this part).
     */
    void append(TicketFold later) {
        latestSeen = Math.max(latestSeen, later.latestSeen);
        anyOpeningVaries |= later.anyOpeningVaries;
        for (Map.Entry<String, Ticket> entry : later.tickets.entrySet()) {
            Ticket b = entry.getValue();
            Ticket a = tickets.putIfAbsent(entry.getKey(), b);
            if (a == null) {
                continue;
            }
            boolean reassigned = a.reassignedInHistory || b.reassignedInHistory
                    || (a.lastGroup != null && b.firstGroup != null && !a.lastGroup.equals(b.firstGroup));
            boolean reopened = a.reopenedInHistory || b.reopenedInHistory
                    || (a.lastState != null && a.lastState.isDone() && (b.firstState == TicketState.ACTIVE || b.firstState == TicketState.NEW));
            long doneRunStart;
            if (b.firstState == null) {
                doneRunStart = a.doneRunStart;
            } else if (b.doneSinceFirstState && a.lastState != null && a.lastState.isDone()) {
                doneRunStart = a.doneRunStart;
            } else {
                doneRunStart = b.doneRunStart;
            }
            boolean laterWins = b.counter != Long.MIN_VALUE ? b.counter >= a.counter
                    : b.updatedAt != NONE ? b.updatedAt >= a.updatedAt : true;
            Ticket kept = laterWins ? b : a;
            kept.counter = Math.max(a.counter, b.counter);
            kept.doneSinceFirstState = a.firstState != null ? a.doneSinceFirstState && b.doneSinceFirstState : b.doneSinceFirstState;
            kept.firstGroup = a.firstGroup != null ? a.firstGroup : b.firstGroup;
            kept.firstState = a.firstState != null ? a.firstState : b.firstState;
            kept.lastGroup = b.lastGroup != null ? b.lastGroup : a.lastGroup;
            kept.lastState = b.lastState != null ? b.lastState : a.lastState;
            kept.reassignedInHistory = reassigned;
            kept.reopenedInHistory = reopened;
            kept.doneRunStart = doneRunStart;
            kept.firstLevel = a.firstLevel != 0 ? a.firstLevel : b.firstLevel;
            kept.maxLevel = Math.max(a.maxLevel, b.maxLevel);
            kept.openingVaries = a.openingVaries || b.openingVaries
                    || (a.firstOpenedAt != NONE && b.firstOpenedAt != NONE && a.firstOpenedAt != b.firstOpenedAt);
            anyOpeningVaries |= kept.openingVaries;
            kept.firstOpenedAt = a.firstOpenedAt != NONE ? a.firstOpenedAt : b.firstOpenedAt;
            kept.firstEventAt = min(a.firstEventAt, b.firstEventAt);
            kept.responseEventAt = min(a.responseEventAt, b.responseEventAt);
            kept.updatedAt = laterWins && b.updatedAt != NONE ? b.updatedAt : a.updatedAt;
            tickets.put(entry.getKey(), kept);
        }
    }

    private static long min(long a, long b) {
        return a == NONE ? b : b == NONE ? a : Math.min(a, b);
    }

    /**
     * Sets the times an event log derives from its events, once every row is in: the opening at
     * the earliest event, the resolution at the start of the last run of done states, the response
     * at the earliest response activity.
     */
    void deriveEventTimes() {
        if (!events.derivesAny()) {
            return;
        }
        for (Ticket t : tickets.values()) {
            if (openingFromEvents) {
                t.openedAt = t.firstEventAt;
            }
            if (events.resolution() == EventTimes.Resolution.LAST_DONE_RUN) {
                t.resolvedAt = t.lastState != null && t.lastState.isDone() ? t.doneRunStart : NONE;
            }
            if (!responseActivities.isEmpty()) {
                t.respondedAt = t.responseEventAt;
            }
        }
    }

    /** Tickets whose rows give more than one opening time, with one example id. */
    List<String> openingWarnings() {
        if (!anyOpeningVaries) {
            return List.of();   // the usual case: no walk over every ticket
        }
        long varies = 0;
        String example = null;
        for (Map.Entry<String, Ticket> e : tickets.entrySet()) {
            if (e.getValue().openingVaries) {
                varies++;
                if (example == null || e.getKey().compareTo(example) < 0) {
                    example = e.getKey();
                }
            }
        }
        if (varies == 0) {
            return List.of();
        }
        return List.of(varies + " of " + tickets.size() + " tickets have more than one opening time in their rows (e.g. " + example
                + "): the column mapped to openedAt looks like each event's time. If the file has one row per event, map that column to eventAt "
                + "and set events.opening: firstEvent (docs/records.md, event logs).");
    }

    private static final TicketField[] SLA_LEFT = {TicketField.RESPONSE_SLA_LEFT, TicketField.RESOLUTION_SLA_LEFT};

    /**
     * The SLA outcome from Jira's time-left columns: breached when either is negative, made when
     * at least one is recorded and neither is negative; null when neither is recorded.
     */
    private Boolean slaTimeLeft(String[] row, int line) throws RowProblem {
        Boolean outcome = null;
        for (TicketField field : SLA_LEFT) {
            String text = cells.text(row, field, line);
            if (text == null) {
                continue;
            }
            java.util.Optional<Boolean> breached = SlaTimeLeft.breached(text);
            if (breached.isEmpty()) {
                throw cells.problem(line, field, text, "the time left on the SLA, e.g. 2h 30m or -1d 4h (negative: breached)");
            }
            if (breached.get()) {
                return Boolean.FALSE;
            }
            outcome = Boolean.TRUE;
        }
        return outcome;
    }

    /** SUCCESSFUL is true, FAILED false. */
    private Boolean outcome(String[] row, int line) throws RowProblem {
        String text = cells.text(row, TicketField.OUTCOME, line);
        if (text == null) {
            return null;
        }
        switch (text.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "SUCCESSFUL":
                return Boolean.TRUE;
            case "FAILED":
                return Boolean.FALSE;
            default:
                throw cells.problem(line, TicketField.OUTCOME, text, "SUCCESSFUL or FAILED (or a value mapped to one under values.outcome)");
        }
    }
}

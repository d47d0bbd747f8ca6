package dev.itss.records;

/**
 * The canonical fields of a ticket row; a {@link RecordMapping} maps export columns to them.
 * {@link #TICKET} and {@link #OPENED_AT} are required.
 * Each field's {@link #description()} says what it holds; {@code docs/records.md} lists them all.
 */
public enum TicketField implements RecordField {
    TICKET(RecordField.required("ticket",
            "Ticket number, e.g. INC0000045.")),
    UPDATE_COUNTER(RecordField.optional("updateCounter",
            "Update counter of the row (ServiceNow sys_mod_count): the row with the highest is the final state.")),
    UPDATED_AT(RecordField.optional("updatedAt",
            "When the row was written; orders rows when there is no counter.")),
    EVENT_AT(RecordField.optional("eventAt",
            "In an event log (one row per activity), the time of the row's event: orders the rows like updatedAt, and gives the ticket's times when the mapping's events section derives them.")),
    ACTIVITY(RecordField.optional("activity",
            "In an event log, the activity of the row's event (e.g. Take in charge ticket); events.responseActivities names those that are a first response.")),
    OPENED_AT(RecordField.required("openedAt",
            "When the ticket was opened; derived from an event log instead with events.opening: firstEvent.")),
    RESPONDED_AT(RecordField.optional("respondedAt",
            "First response to the user, for the response target of a computed SLA.")),
    RESOLVED_AT(RecordField.optional("resolvedAt",
            "When the ticket was resolved.")),
    STATE(RecordField.optional("state",
            "State after mapping: NEW, ACTIVE, RESOLVED, CLOSED or CANCELLED.")),
    PRIORITY(RecordField.optional("priority",
            "Priority 1 (highest) to 5.")),
    MADE_SLA(RecordField.optional("madeSla",
            "Whether the ticket met its SLA.")),
    RESPONSE_SLA_LEFT(RecordField.optional("responseSlaLeft",
            "Time left on the first-response SLA, as Jira Service Management exports it: a signed duration such as 2h 30m or -1d 4h; negative means breached.")),
    RESOLUTION_SLA_LEFT(RecordField.optional("resolutionSlaLeft",
            "Time left on the resolution SLA, in the same form as responseSlaLeft.")),
    REASSIGNMENTS(RecordField.optional("reassignments",
            "Times reassigned, when the tool counts it.")),
    REOPENS(RecordField.optional("reopens",
            "Times reopened, when the tool counts it.")),
    KNOWLEDGE(RecordField.optional("knowledge",
            "Whether the ticket cites a knowledge article.")),
    ARTICLE(RecordField.optional("article",
            "The id of a knowledge article linked to the ticket (e.g. KB0012345); a value counts as knowledge use.")),
    ASSIGNMENT_GROUP(RecordField.optional("assignmentGroup",
            "The group the ticket is assigned to; its first value in the history is where it was dispatched.")),
    LEVEL(RecordField.optional("level",
            "Support level of the row, 1 (first level, the service desk) to 9, after mapping (e.g. values: {level: {L1: 1, L2: 2, L3: 3}}): a ticket whose level rises above its first one is escalated.")),
    ASSIGNEE(RecordField.optional("assignee",
            "The person who works the ticket (its final value): tickets per engineer; an engineer id of the snapshot links the figure to that engineer.")),
    SERVICE(RecordField.optional("service",
            "The business service the ticket is about: for grouping, and, when it is a service id of the snapshot, the tickets' SLA counts replace the service's declared ones in an assessment.")),
    TYPE(RecordField.optional("type",
            "Ticket type after mapping: INCIDENT, REQUEST, PROBLEM, CHANGE or RELEASE; without it every ticket counts as an incident.")),
    FIRST_CONTACT(RecordField.optional("firstContact",
            "Whether an incident was resolved at the first contact.")),
    EMERGENCY(RecordField.optional("emergency",
            "Whether a change was an emergency change.")),
    OUTCOME(RecordField.optional("outcome",
            "Outcome of a change or release after mapping: SUCCESSFUL or FAILED (failed, backed out, rolled back)."));

    private final Spec spec;

    TicketField(Spec spec) {
        this.spec = spec;
    }

    @Override
    public Spec spec() {
        return spec;
    }
}

package dev.itss.records;

/**
 * The canonical fields of a ticket row; a {@link RecordMapping} maps export columns to them.
 * {@link #TICKET} and {@link #OPENED_AT} are required.
 * Each field's {@link #description()} says what it holds; {@code docs/records.md} lists them all.
 */
public enum TicketField implements RecordField {
    TICKET("ticket",
            "Ticket number, e.g. INC0000045."),
    UPDATE_COUNTER("updateCounter",
            "Update counter of the row (ServiceNow sys_mod_count): the row with the highest is the final state."),
    UPDATED_AT("updatedAt",
            "When the row was written; orders rows when there is no counter."),
    OPENED_AT("openedAt",
            "When the ticket was opened."),
    RESPONDED_AT("respondedAt",
            "First response to the user, for the response target of a computed SLA."),
    RESOLVED_AT("resolvedAt",
            "When the ticket was resolved."),
    STATE("state",
            "State after mapping: NEW, ACTIVE, RESOLVED, CLOSED or CANCELLED."),
    PRIORITY("priority",
            "Priority 1 (highest) to 5."),
    MADE_SLA("madeSla",
            "Whether the ticket met its SLA."),
    RESPONSE_SLA_LEFT("responseSlaLeft",
            "Time left on the first-response SLA, as Jira Service Management exports it: a signed duration such as 2h 30m or -1d 4h; negative means breached."),
    RESOLUTION_SLA_LEFT("resolutionSlaLeft",
            "Time left on the resolution SLA, in the same form as responseSlaLeft."),
    REASSIGNMENTS("reassignments",
            "Times reassigned, when the tool counts it."),
    REOPENS("reopens",
            "Times reopened, when the tool counts it."),
    KNOWLEDGE("knowledge",
            "Whether the ticket cites a knowledge article."),
    ARTICLE("article",
            "The id of a knowledge article linked to the ticket (e.g. KB0012345); a value counts as knowledge use."),
    ASSIGNMENT_GROUP("assignmentGroup",
            "The group the ticket is assigned to; its first value in the history is where it was dispatched."),
    SERVICE("service",
            "The business service the ticket is about, for grouping."),
    TYPE("type",
            "Ticket type after mapping: INCIDENT, REQUEST, PROBLEM, CHANGE or RELEASE; without it every ticket counts as an incident."),
    FIRST_CONTACT("firstContact",
            "Whether an incident was resolved at the first contact."),
    EMERGENCY("emergency",
            "Whether a change was an emergency change."),
    OUTCOME("outcome",
            "Outcome of a change or release after mapping: SUCCESSFUL or FAILED (failed, backed out, rolled back).");

    private final String key;
    private final String description;

    TicketField(String key, String description) {
        this.key = key;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    /** True for the fields every export must have: the ticket and its opening time. */
    @Override
    public boolean isRequired() {
        return this == TICKET || this == OPENED_AT;
    }

    @Override
    public String key() {
        return key;
    }

    /** The field of a mapping-file name. */
    public static java.util.Optional<TicketField> ofKey(String key) {
        for (TicketField field : values()) {
            if (field.key.equals(key)) {
                return java.util.Optional.of(field);
            }
        }
        return java.util.Optional.empty();
    }
}

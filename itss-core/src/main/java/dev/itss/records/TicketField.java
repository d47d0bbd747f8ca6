package dev.itss.records;

/**
 * The canonical fields of a ticket row; a {@link RecordMapping} maps export columns to them.
 * {@link #TICKET} and {@link #OPENED_AT} are required.
 */
public enum TicketField implements RecordField {
    /** Ticket number, e.g. INC0000045. */
    TICKET("ticket"),
    /** Update counter of the row (ServiceNow sys_mod_count): the row with the highest is the final state. */
    UPDATE_COUNTER("updateCounter"),
    /** When the row was written; orders rows when there is no counter. */
    UPDATED_AT("updatedAt"),
    OPENED_AT("openedAt"),
    /** First response to the user, for the response target of a computed SLA. */
    RESPONDED_AT("respondedAt"),
    RESOLVED_AT("resolvedAt"),
    /** State after mapping: NEW, ACTIVE, RESOLVED, CLOSED or CANCELLED. */
    STATE("state"),
    /** Priority 1 (highest) to 5. */
    PRIORITY("priority"),
    /** Whether the ticket met its SLA. */
    MADE_SLA("madeSla"),
    /**
     * Time left on the first-response SLA, as Jira Service Management exports it: a signed duration
     * such as {@code 2h 30m} or {@code -1d 4h}; negative means breached (see {@link SlaTimeLeft}).
     */
    RESPONSE_SLA_LEFT("responseSlaLeft"),
    /** Time left on the resolution SLA, in the same form as {@link #RESPONSE_SLA_LEFT}. */
    RESOLUTION_SLA_LEFT("resolutionSlaLeft"),
    /** Times reassigned, when the tool counts it. */
    REASSIGNMENTS("reassignments"),
    /** Times reopened, when the tool counts it. */
    REOPENS("reopens"),
    /** Whether the ticket cites a knowledge article. */
    KNOWLEDGE("knowledge"),
    /** The id of a knowledge article linked to the ticket (e.g. KB0012345); a value counts as knowledge use. */
    ARTICLE("article"),
    /** The group the ticket is assigned to; its first value in the history is where it was dispatched. */
    ASSIGNMENT_GROUP("assignmentGroup"),
    /** The business service the ticket is about, for grouping. */
    SERVICE("service"),
    /** Ticket type after mapping: INCIDENT, REQUEST, PROBLEM, CHANGE or RELEASE; without it every ticket counts as an incident. */
    TYPE("type"),
    /** Whether an incident was resolved at the first contact. */
    FIRST_CONTACT("firstContact"),
    /** Whether a change was an emergency change. */
    EMERGENCY("emergency"),
    /** Outcome of a change or release after mapping: SUCCESSFUL or FAILED (failed, backed out, rolled back). */
    OUTCOME("outcome");

    private final String key;

    TicketField(String key) {
        this.key = key;
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

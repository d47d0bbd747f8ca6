package dev.itss.records;

/**
 * Where a ticket's SLA outcome came from; {@link TicketKpis#slaSources()} lists those behind the
 * SLA attainment of an export, and {@code itss kpi} prints them beside it.
 *
 * <pre>{@code
 * kpis.slaSources().forEach(source -> System.out.println(source.description()));   // e.g. "the export's made-SLA flag"
 * }</pre>
 */
public enum SlaSource {
    /** The export's made-SLA column ({@link TicketField#MADE_SLA}). */
    MADE_SLA_FLAG("the export's made-SLA flag"),
    /** Jira Service Management's time-left columns ({@link TicketField#RESPONSE_SLA_LEFT}, {@link TicketField#RESOLUTION_SLA_LEFT}). */
    TIME_LEFT("the export's SLA time left (Jira)"),
    /** The policy's targets per priority, counted around the clock. */
    TARGETS_AROUND_THE_CLOCK("the policy's targets, 24x7"),
    /** The policy's targets per priority, counted within the calendar's business hours. */
    TARGETS_BUSINESS_HOURS("the policy's targets, business hours");

    private final String description;

    SlaSource(String description) {
        this.description = description;
    }

    /** A short English description, e.g. {@code the policy's targets, 24x7}. */
    public String description() {
        return description;
    }
}

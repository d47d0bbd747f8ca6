/**
 * Operational records: ticket exports of ITSM tools (ServiceNow, Jira Service Management, the
 * project's canonical CSV) read in one pass through a column mapping, reduced to each ticket's
 * final state, and turned into KPIs with fixed definitions.
 *
 * <pre>{@code
 * TicketKpis kpis = TicketRecords.read(Path.of("incidents.csv"), RecordMapping.preset("servicenow"), ErrorPolicy.STOP);
 * }</pre>
 */
package dev.itss.records;

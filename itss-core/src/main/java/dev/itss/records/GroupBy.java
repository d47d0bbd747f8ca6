package dev.itss.records;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the KPIs of an export can be broken down by, besides the totals. A ticket belongs to the
 * group of its final state; a call, a movement or a timesheet row to the group of its own values.
 * Each kind of record has its own groupings ({@link #kinds()}): tickets by assignment group,
 * assignee, priority, service or month opened; calls by queue or month offered; spare-part movements by
 * part or month; timesheets by post or month.
 *
 * <pre>{@code
 * GroupBy byQueue = GroupBy.ofKey("queue");
 * CallKpis calls = CallRecords.read(Path.of("calls.csv"), RecordMapping.preset("calls"), ErrorPolicy.STOP, Optional.empty(), byQueue);
 * calls.groups().forEach((queue, k) -> System.out.println(queue + " " + k.answerRate()));
 * }</pre>
 */
public enum GroupBy {
    NONE("none", EnumSet.allOf(RecordKind.class)),
    ASSIGNMENT_GROUP("assignment_group", EnumSet.of(RecordKind.TICKETS)),
    /** The person who works the ticket ({@link TicketField#ASSIGNEE}, its final value): the engineers' KPI summaries of a review. */
    ASSIGNEE("assignee", EnumSet.of(RecordKind.TICKETS)),
    PRIORITY("priority", EnumSet.of(RecordKind.TICKETS)),
    SERVICE("service", EnumSet.of(RecordKind.TICKETS)),
    /** The month (yyyy-MM, in the mapping's zone) a ticket was opened, a call offered, a movement made or a day worked. */
    MONTH("month", EnumSet.of(RecordKind.TICKETS, RecordKind.CALLS, RecordKind.SPARES, RecordKind.TIMESHEETS)),
    /** The queue a call was offered to ({@link CallField#QUEUE}). */
    QUEUE("queue", EnumSet.of(RecordKind.CALLS)),
    /** The part a movement moved ({@link SpareField#PART}). */
    PART("part", EnumSet.of(RecordKind.SPARES)),
    /** The post of the engineer a timesheet row is for ({@link WorkField#POST}). */
    POST("post", EnumSet.of(RecordKind.TIMESHEETS));

    /** The group of rows or tickets that have no value for the grouping field. */
    public static final String NO_VALUE = "(none)";

    private final String key;
    private final Set<RecordKind> kinds;

    GroupBy(String key, Set<RecordKind> kinds) {
        this.key = key;
        this.kinds = kinds;
    }

    /** The kind of subject a group is in an assessment, e.g. {@code assignment-group}. */
    public String subjectKind() {
        return key.replace('_', '-');
    }

    /** The name on the command line, e.g. {@code assignment_group}. */
    public String key() {
        return key;
    }

    /** The kinds of record this grouping applies to. */
    public Set<RecordKind> kinds() {
        return kinds;
    }

    /** The groupings of a kind of record, for messages, e.g. {@code [queue, month]}. */
    public static List<String> keysFor(RecordKind kind) {
        return Arrays.stream(values()).filter(g -> g != NONE && g.kinds.contains(kind)).map(GroupBy::key).toList();
    }

    /**
     * The grouping named {@code key}, case-insensitive.
     *
     * @throws IllegalArgumentException naming the groupings there are
     */
    public static GroupBy ofKey(String key) {
        for (GroupBy groupBy : values()) {
            if (groupBy.key.equalsIgnoreCase(key.trim())) {
                return groupBy;
            }
        }
        throw new IllegalArgumentException("unknown grouping '" + key + "'; expected one of "
                + Arrays.stream(values()).map(GroupBy::key).toList());
    }

    /** The key of a month, e.g. {@code 2026-03}. */
    static String month(java.time.LocalDate day) {
        return java.time.YearMonth.from(day).toString();
    }

    /** {@code value}, or {@link #NO_VALUE} when it is absent or empty. */
    static String orNone(String value) {
        return value == null || value.isEmpty() ? NO_VALUE : value;
    }
}

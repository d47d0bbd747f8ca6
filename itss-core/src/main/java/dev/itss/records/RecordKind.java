package dev.itss.records;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the rows of an export are; the {@code kind} of a {@link RecordMapping} names one.
 *
 * <ul>
 *   <li>{@code tickets}: incidents, requests, problems, changes and releases, one row per ticket or
 *       per update ({@link TicketField}, read by {@link TicketRecords});</li>
 *   <li>{@code calls}: service-desk calls, one row per call ({@link CallField}, {@link CallRecords});</li>
 *   <li>{@code spares}: spare-part movements, one row per issue, return, receipt or damage report
 *       ({@link SpareField}, {@link SpareRecords});</li>
 *   <li>{@code timesheets}: hours worked and rostered per engineer and day, from timesheets or duty
 *       rosters ({@link WorkField}, {@link WorkRecords});</li>
 *   <li>{@code knowledge}: knowledge articles linked to tickets, one row per link
 *       ({@link KnowledgeField}, {@link KnowledgeRecords}); read before the ticket export, they
 *       count as knowledge use there.</li>
 * </ul>
 *
 * <pre>{@code
 * RecordKind kind = RecordMapping.preset("spares").recordKind();   // SPARES
 * kind.fields().forEach(f -> System.out.println(f.key() + (f.isRequired() ? " (required)" : "")));
 * }</pre>
 */
public enum RecordKind {
    TICKETS("tickets", TicketField.values(), Integer.MAX_VALUE),
    CALLS("calls", CallField.values(), 1L << 30),
    SPARES("spares", SpareField.values(), 1L << 30),
    TIMESHEETS("timesheets", WorkField.values(), 1L << 30),
    KNOWLEDGE("knowledge", KnowledgeField.values(), 1L << 30);

    private final String key;
    private final List<RecordField> fields;
    private final long maxBytes;

    RecordKind(String key, RecordField[] fields, long maxBytes) {
        this.key = key;
        this.fields = List.of(fields);
        this.maxBytes = maxBytes;
    }

    /**
     * The largest input of this kind read, in bytes (of text: a gzipped XES log is counted
     * unpacked): 2 GiB - 1 for ticket exports (the most a file mapped into memory for the parallel
     * reader can hold; about 6 million rows of 36 columns), 1 GiB for the others (tens of millions
     * of rows). A file is checked before it is opened, a stream as it is read, so that an
     * unbounded input (a device, a compressed bomb) ends with an error instead of a full disk or
     * memory.
     */
    public long maxBytes() {
        return maxBytes;
    }

    /** The name in mapping files, e.g. {@code calls}. */
    public String key() {
        return key;
    }

    /** The canonical fields of rows of this kind. */
    public List<RecordField> fields() {
        return fields;
    }

    /** The field named {@code key} in a mapping file. */
    public Optional<RecordField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The kind named {@code key}, case-insensitive. */
    public static Optional<RecordKind> ofKey(String key) {
        String lower = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.key.equals(lower)).findFirst();
    }

    /** The names of every kind, for messages. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(RecordKind::key).toList();
    }
}

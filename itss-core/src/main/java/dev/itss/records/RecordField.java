package dev.itss.records;

/**
 * A canonical field of one kind of record ({@link TicketField}, {@link CallField},
 * {@link SpareField}, {@link WorkField}); a {@link RecordMapping} maps export columns to them by
 * {@link #key()}.
 */
public interface RecordField {
    /** The name used in mapping files, e.g. {@code offeredAt}. */
    String key();

    /** True when every export of this kind must have the field's column. */
    boolean isRequired();

    /** What the field holds and how it is read, for the reference in {@code docs/records.md}. */
    String description();
}

package dev.itss.records;

/**
 * A canonical field of one kind of record ({@link TicketField}, {@link CallField},
 * {@link SpareField}, {@link WorkField}, {@link KnowledgeField}); a {@link RecordMapping} maps
 * export columns to them by {@link #key()}.
 *
 * <pre>{@code
 * RecordField field = CallField.OFFERED_AT;
 * System.out.println(field.key() + (field.isRequired() ? " (required): " : ": ") + field.description());
 * }</pre>
 */
public interface RecordField {
    /** The field's name, whether it is required, and its description. */
    Spec spec();

    /** The name used in mapping files, e.g. {@code offeredAt}. */
    default String key() {
        return spec().key();
    }

    /** True when every export of this kind must have the field's column. */
    default boolean isRequired() {
        return spec().required();
    }

    /** What the field holds and how it is read, for the reference in {@code docs/records.md}. */
    default String description() {
        return spec().description();
    }

    /** A field every export of its kind must map. */
    static Spec required(String key, String description) {
        return new Spec(key, true, description);
    }

    /** A field an export may map. */
    static Spec optional(String key, String description) {
        return new Spec(key, false, description);
    }

    /**
     * What a field is.
     *
     * @param key         the name used in mapping files
     * @param required    whether every export of its kind must map it
     * @param description what it holds and how it is read
     */
    record Spec(String key, boolean required, String description) {}
}

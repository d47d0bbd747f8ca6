package dev.itss.records;

/**
 * The canonical fields of a service-desk call record (one row per call); a {@link RecordMapping}
 * of kind {@code calls} maps export columns to them. {@link #OFFERED_AT} and {@link #ANSWERED} are
 * required.
 */
public enum CallField implements RecordField {
    /** Call id, for messages. */
    CALL("call"),
    /** When the call reached the desk. */
    OFFERED_AT("offeredAt"),
    /** Whether an agent answered it. */
    ANSWERED("answered"),
    /** Whether the caller hung up while waiting (counted over all calls, answered or not). */
    ABANDONED("abandoned"),
    /** Talk and wrap-up time of an answered call, in seconds. */
    HANDLE_SECONDS("handleSeconds"),
    /** Whether the request was resolved during the call. */
    RESOLVED_ON_CALL("resolvedOnCall");

    private final String key;

    CallField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public boolean isRequired() {
        return this == OFFERED_AT || this == ANSWERED;
    }
}

package dev.itss.records;

/**
 * The canonical fields of a service-desk call record (one row per call); a {@link RecordMapping}
 * of kind {@code calls} maps export columns to them. {@link #OFFERED_AT} and {@link #ANSWERED} are
 * required.
 * Each field's {@link #description()} says what it holds; {@code docs/records.md} lists them all.
 */
public enum CallField implements RecordField {
    CALL("call",
            "Call id, for messages."),
    OFFERED_AT("offeredAt",
            "When the call reached the desk."),
    ANSWERED("answered",
            "Whether an agent answered it."),
    ABANDONED("abandoned",
            "Whether the caller hung up while waiting (counted over all calls, answered or not)."),
    HANDLE_SECONDS("handleSeconds",
            "Talk and wrap-up time of an answered call, in seconds."),
    RESOLVED_ON_CALL("resolvedOnCall",
            "Whether the request was resolved during the call.");

    private final String key;
    private final String description;

    CallField(String key, String description) {
        this.key = key;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
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

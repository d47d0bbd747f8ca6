package dev.itss.records;

/**
 * The canonical fields of a service-desk call record (one row per call); a {@link RecordMapping}
 * of kind {@code calls} maps export columns to them. {@link #OFFERED_AT} and {@link #ANSWERED} are
 * required.
 * Each field's {@link #description()} says what it holds; {@code docs/records.md} lists them all.
 */
public enum CallField implements RecordField {
    CALL(RecordField.optional("call",
            "Call id, for messages.")),
    OFFERED_AT(RecordField.required("offeredAt",
            "When the call reached the desk.")),
    ANSWERED(RecordField.required("answered",
            "Whether an agent answered it.")),
    ABANDONED(RecordField.optional("abandoned",
            "Whether the caller hung up while waiting (counted over all calls, answered or not).")),
    HANDLE_SECONDS(RecordField.optional("handleSeconds",
            "Talk and wrap-up time of an answered call, in seconds.")),
    RESOLVED_ON_CALL(RecordField.optional("resolvedOnCall",
            "Whether the request was resolved during the call.")),
    QUEUE(RecordField.optional("queue",
            "The queue, hunt group or skill the call was offered to (e.g. HIS hotline): for --group-by queue."));

    private final Spec spec;

    CallField(Spec spec) {
        this.spec = spec;
    }

    @Override
    public Spec spec() {
        return spec;
    }
}

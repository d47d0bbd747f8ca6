package dev.itss.records;

/**
 * The canonical fields of a spare-part movement (one row per movement); a {@link RecordMapping} of
 * kind {@code spares} maps export columns to them. {@link #PART}, {@link #MOVEMENT} and {@link #AT}
 * are required.
 * Each field's {@link #description()} says what it holds; {@code docs/records.md} lists them all.
 */
public enum SpareField implements RecordField {
    PART(RecordField.required("part",
            "Part id, e.g. SP-42; matches resources.spareParts[].id of the snapshot.")),
    MOVEMENT(RecordField.required("movement",
            "What happened, after mapping: ISSUE, RETURN, RECEIPT or DAMAGED (see SpareMovement).")),
    AT(RecordField.required("at",
            "When it happened.")),
    QUANTITY(RecordField.optional("quantity",
            "Units moved, a whole number of 1 or more; 1 when the column is absent or empty.")),
    FROM_STOCK(RecordField.optional("fromStock",
            "For an issue: whether the request was met from stock on hand (false: procured, borrowed or waited for).")),
    REFURBISHED(RecordField.optional("refurbished",
            "For an issue: whether the units issued had come back from a repair (refurbished) rather than new stock."));

    private final Spec spec;

    SpareField(Spec spec) {
        this.spec = spec;
    }

    @Override
    public Spec spec() {
        return spec;
    }
}

package dev.itss.records;

/**
 * The canonical fields of a spare-part movement (one row per movement); a {@link RecordMapping} of
 * kind {@code spares} maps export columns to them. {@link #PART}, {@link #MOVEMENT} and {@link #AT}
 * are required.
 * Each field's {@link #description()} says what it holds; {@code docs/records.md} lists them all.
 */
public enum SpareField implements RecordField {
    PART("part",
            "Part id, e.g. SP-42; matches resources.spareParts[].id of the snapshot."),
    MOVEMENT("movement",
            "What happened, after mapping: ISSUE, RETURN, RECEIPT or DAMAGED (see SpareMovement)."),
    AT("at",
            "When it happened."),
    QUANTITY("quantity",
            "Units moved, a whole number of 1 or more; 1 when the column is absent or empty."),
    FROM_STOCK("fromStock",
            "For an issue: whether the request was met from stock on hand (false: procured, borrowed or waited for)."),
    REFURBISHED("refurbished",
            "For an issue: whether the units issued had come back from a repair (refurbished) rather than new stock.");

    private final String key;
    private final String description;

    SpareField(String key, String description) {
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
        return this == PART || this == MOVEMENT || this == AT;
    }
}

package dev.itss.records;

/**
 * The canonical fields of a spare-part movement (one row per movement); a {@link RecordMapping} of
 * kind {@code spares} maps export columns to them. {@link #PART}, {@link #MOVEMENT} and {@link #AT}
 * are required.
 */
public enum SpareField implements RecordField {
    /** Part id, e.g. SP-42; matches {@code resources.spareParts[].id} of the snapshot. */
    PART("part"),
    /** What happened, after mapping: ISSUE, RETURN, RECEIPT or DAMAGED (see {@link SpareMovement}). */
    MOVEMENT("movement"),
    /** When it happened. */
    AT("at"),
    /** Units moved, a whole number of 1 or more; 1 when the column is absent or empty. */
    QUANTITY("quantity"),
    /** For an issue: whether the request was met from stock on hand (false: procured, borrowed or waited for). */
    FROM_STOCK("fromStock"),
    /** For an issue: whether the units issued had come back from a repair (refurbished) rather than new stock. */
    REFURBISHED("refurbished");

    private final String key;

    SpareField(String key) {
        this.key = key;
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

package dev.itss.records;

/**
 * The canonical fields of a knowledge-link record (one row per article linked to a ticket); a
 * {@link RecordMapping} of kind {@code knowledge} maps export columns to them. {@link #TICKET} and
 * {@link #ARTICLE} are required.
 */
public enum KnowledgeField implements RecordField {
    /** The ticket number, as the ticket export writes it. */
    TICKET("ticket"),
    /** The knowledge article's id, e.g. KB0012345. */
    ARTICLE("article"),
    /** When the article was linked; with a period, only links made in it count. */
    AT("at");

    private final String key;

    KnowledgeField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public boolean isRequired() {
        return this == TICKET || this == ARTICLE;
    }
}

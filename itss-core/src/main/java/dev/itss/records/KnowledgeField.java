package dev.itss.records;

/**
 * The canonical fields of a knowledge-link record (one row per article linked to a ticket); a
 * {@link RecordMapping} of kind {@code knowledge} maps export columns to them. {@link #TICKET} and
 * {@link #ARTICLE} are required.
 * Each field's {@link #description()} says what it holds; {@code docs/records.md} lists them all.
 */
public enum KnowledgeField implements RecordField {
    TICKET("ticket",
            "The ticket number, as the ticket export writes it."),
    ARTICLE("article",
            "The knowledge article's id, e.g. KB0012345."),
    AT("at",
            "When the article was linked; with a period, only links made in it count.");

    private final String key;
    private final String description;

    KnowledgeField(String key, String description) {
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
        return this == TICKET || this == ARTICLE;
    }
}

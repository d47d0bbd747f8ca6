package dev.itss.records;

/**
 * The canonical fields of a knowledge-link record (one row per article linked to a ticket); a
 * {@link RecordMapping} of kind {@code knowledge} maps export columns to them. {@link #TICKET} and
 * {@link #ARTICLE} are required.
 * Each field's {@link #description()} says what it holds; {@code docs/records.md} lists them all.
 */
public enum KnowledgeField implements RecordField {
    TICKET(RecordField.required("ticket",
            "The ticket number, as the ticket export writes it.")),
    ARTICLE(RecordField.required("article",
            "The knowledge article's id, e.g. KB0012345.")),
    AT(RecordField.optional("at",
            "When the article was linked; with a period, only links made in it count."));

    private final Spec spec;

    KnowledgeField(Spec spec) {
        this.spec = spec;
    }

    @Override
    public Spec spec() {
        return spec;
    }
}

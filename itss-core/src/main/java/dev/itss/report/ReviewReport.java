package dev.itss.report;

import dev.itss.check.RuleCatalog;
import dev.itss.check.RuleText;
import dev.itss.measure.Evidence;
import dev.itss.measure.MetricCatalog;
import dev.itss.model.Bilingual;
import dev.itss.model.Element;
import dev.itss.model.Subject;
import dev.itss.review.Audience;
import dev.itss.review.Review;
import dev.itss.review.ReviewSection;
import dev.itss.review.ReviewSection.Column;
import dev.itss.review.ReviewSection.Figure;
import dev.itss.review.ReviewSection.Kind;
import dev.itss.review.ReviewSection.Note;
import dev.itss.review.ReviewSection.Table;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.itss.internal.Escape;

/**
 * A service review as text for the meeting or the report, in English or Chinese: the level, the
 * form and its audience, then each section with the data it drew on, its figures, tables and
 * notes, or why it is not available. A cell shown as {@code —} is not available (never 0).
 *
 * <pre>{@code
 * System.out.print(new ReviewReport(engine.metrics(), engine.rules(), Language.ZH_CN).render(review));
 * }</pre>
 */
public final class ReviewReport {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MetricCatalog metrics;
    private final RuleCatalog rules;
    private final Language language;
    private final Map<String, String> words;

    public ReviewReport(MetricCatalog metrics, RuleCatalog rules, Language language) {
        this.metrics = metrics;
        this.rules = rules;
        this.language = language;
        this.words = language == Language.ZH_CN ? ReviewWords.ZH : ReviewWords.EN;
    }

    /** The reviews as text, one after the other. */
    public String render(List<Review> reviews) {
        return render(reviews, Format.TEXT);
    }

    /** The reviews in a format: one review is its own page; several share one, each under its heading. */
    public String render(List<Review> reviews, Format format) {
        if (reviews.size() == 1) {
            return render(reviews.get(0), format);
        }
        Page page = new Page(String.format(words.get("several"), reviews.size(), reviews.isEmpty() ? "" : Escape.inline(reviews.get(0).organisation().name())), language);
        reviews.forEach(r -> page.append(page(r), 1));
        return format.render(page);
    }

    /** The whole review as text, lines separated by {@code \n}. */
    public String render(Review review) {
        return render(review, Format.TEXT);
    }

    /** The whole review in a format. */
    public String render(Review review, Format format) {
        return format.render(page(review));
    }

    Page page(Review review) {
        String span = review.span().start().equals(review.span().end()) ? review.span().start().toString()
                : review.span().start() + " – " + review.span().end();
        Page page = new Page(String.format(words.get("heading"), word("level." + review.level().key()), Escape.inline(review.organisation().name()),
                Escape.inline(review.name()), span), language);
        page.lead(String.format(words.get("form"), word("form." + review.form().key()), words.get(review.form().forCustomer() ? "forCustomer" : "forTeam")));
        long filled = review.sections().stream().filter(ReviewSection::available).count();
        page.lead(String.format(words.get("drewOn"), String.join(words.get("listSeparator"), review.periods().stream().map(Escape::inline).toList()), filled,
                review.sections().size() - filled));
        for (Audience audience : Audience.values()) {
            List<ReviewSection> part = audience == Audience.CUSTOMER ? review.customer() : review.team();
            if (part.isEmpty()) {
                continue;
            }
            page.heading(2, words.get("audience." + audience.name()));
            for (ReviewSection section : part) {
                section(review, section, page);
            }
        }
        return page;
    }

    private void section(Review review, ReviewSection section, Page page) {
        String title = words.getOrDefault("section." + section.key() + "." + review.level().key(), words.get("section." + section.key()));
        page.heading(3, title);
        if (!section.sources().isEmpty()) {
            page.para(1, words.get(section.available() ? "sources" : "lookedAt"), Escape.inline(String.join(words.get("sourceSeparator"), section.sources())));
        }
        if (section.unavailable().isPresent()) {
            page.para(1, words.get("notAvailable"), note(section.unavailable().get()));
            return;
        }
        for (Figure figure : section.figures()) {
            page.para(1, word("figure." + figure.key()) + words.get("colon"), figure.value().map(v -> value(figure.kind(), v)).orElse(words.get("na")));
        }
        for (Table table : section.tables()) {
            table(table, page);
        }
        for (Note note : section.notes()) {
            page.item(1, note(note));
        }
    }

    private void table(Table table, Page page) {
        if (table.rows().isEmpty()) {
            page.para(1, word("table." + table.key()) + words.get("colon"), words.get("none"));
            return;
        }
        List<Page.Cell> head = new ArrayList<>();
        for (Column column : table.columns()) {
            head.add(new Page.Cell(column(column.key()), numeric(column.kind())));
        }
        List<Page.Grid.Row> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<Page.Cell> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                Column column = table.columns().get(i);
                cells.add(new Page.Cell(row.get(i) == null ? words.get("na") : value(column.kind(), row.get(i)), numeric(column.kind())));
            }
            rows.add(new Page.Grid.Row(cells));
        }
        page.table(new Page.Grid(1, word("table." + table.key()) + words.get("colon").strip(), head, rows,
                table.total() > table.rows().size() ? String.format(words.get("more"), table.total() - table.rows().size()) : null));
    }

    private static boolean numeric(Kind kind) {
        return switch (kind) {
            case COUNT, PERCENT, HOURS, MINUTES, NUMBER, QUANTITY -> true;
            default -> false;
        };
    }

    /** A column's heading: a period column ({@code period:2026-Q2}) is the period's name. */
    private String column(String key) {
        return key.startsWith("period:") ? key.substring("period:".length()) : word("column." + key);
    }

    private String value(Kind kind, Object value) {
        return switch (kind) {
            case TEXT -> ReviewSection.Table.TOTAL.equals(value) ? words.get("total") : Escape.inline(String.valueOf(value));
            case WORD -> word(String.valueOf(value));
            case WORDS -> String.join(words.get("listSeparator"), ((List<?>) value).stream().map(w -> word(String.valueOf(w))).toList());
            case COUNT -> Texts.format(Evidence.count("", ((Number) value).longValue()), language);
            case PERCENT -> Texts.percent(((Number) value).doubleValue());
            case HOURS -> Texts.format(Evidence.hours("", ((Number) value).doubleValue()), language);
            case MINUTES -> Texts.format(new Evidence("", value, dev.itss.measure.Unit.MINUTES), language);
            case DATE -> value instanceof LocalDateTime time ? time.format(MINUTES) : String.valueOf(value);
            case NUMBER -> dev.itss.internal.Numbers.number(((Number) value).doubleValue());
            case QUANTITY -> {
                ReviewSection.Quantity q = (ReviewSection.Quantity) value;
                yield Texts.format(new Evidence("", q.value(), q.unit()), language);
            }
            case METRIC -> metrics.find(String.valueOf(value)).map(m -> m.name().in(language.locale())).orElse(String.valueOf(value));
            case RULE -> value + " " + rules.findText(String.valueOf(value), language.locale()).map(RuleText::title).orElse("");
            case SUBJECT -> Texts.subjectName((Subject) value, language);
            case BILINGUAL -> Escape.inline(((Bilingual) value).in(language.locale()));
        };
    }

    /** A word of the vocabulary (statuses, kinds, levels...), itself when the vocabulary has none. */
    private String word(String key) {
        String found = words.get(key);
        if (found != null) {
            return found;
        }
        if (key.startsWith("type:")) {
            return words.get("figure.type").formatted(word("types." + key.substring("type:".length())));
        }
        for (Element element : Element.values()) {
            if (element.name().equals(key)) {
                return Texts.element(element, language);
            }
        }
        return key;
    }

    private String note(Note note) {
        String template = words.get("note." + note.key());
        if (template == null) {
            throw new IllegalStateException("no wording for the review note '" + note.key() + "' in " + language.tag());
        }
        // codes among the values (an event's kind) are translated; names, ids and paths stay as they are
        // and a measure stage's reason for a figure not measured is said in the reader's language
        return String.format(template, note.args().stream().map(a -> (Object) (a.matches("[A-Z][A-Z_]+") ? word(a)
                : Texts.translated(a) ? Texts.reason(a, language) : Escape.inline(a))).toArray());
    }
}

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

    /** The reviews one after the other, separated by a blank line. */
    public String render(List<Review> reviews) {
        List<String> parts = new ArrayList<>();
        reviews.forEach(r -> parts.add(render(r)));
        return String.join("\n", parts);
    }

    /** The whole review, lines separated by {@code \n}. */
    public String render(Review review) {
        StringBuilder out = new StringBuilder();
        String span = review.span().start().equals(review.span().end()) ? review.span().start().toString()
                : review.span().start() + " – " + review.span().end();
        out.append(String.format(words.get("heading"), word("level." + review.level().key()), dev.itss.internal.Escape.inline(review.organisation().name()), dev.itss.internal.Escape.inline(review.name()), span)).append('\n');
        out.append(String.format(words.get("form"), word("form." + review.form().key()),
                words.get(review.form().forCustomer() ? "forCustomer" : "forTeam"))).append('\n');
        long filled = review.sections().stream().filter(ReviewSection::available).count();
        out.append(String.format(words.get("drewOn"), String.join(words.get("listSeparator"), review.periods().stream().map(dev.itss.internal.Escape::inline).toList()), filled,
                review.sections().size() - filled)).append('\n');
        for (Audience audience : Audience.values()) {
            List<ReviewSection> part = audience == Audience.CUSTOMER ? review.customer() : review.team();
            if (part.isEmpty()) {
                continue;
            }
            out.append('\n').append("== ").append(words.get("audience." + audience.name())).append('\n');
            for (ReviewSection section : part) {
                section(review, section, out);
            }
        }
        return out.toString();
    }

    private void section(Review review, ReviewSection section, StringBuilder out) {
        String title = words.getOrDefault("section." + section.key() + "." + review.level().key(), words.get("section." + section.key()));
        out.append('\n').append("-- ").append(title).append('\n');
        if (!section.sources().isEmpty()) {
            out.append("   ").append(words.get(section.available() ? "sources" : "lookedAt"))
                    .append(dev.itss.internal.Escape.inline(String.join(words.get("sourceSeparator"), section.sources()))).append('\n');
        }
        if (section.unavailable().isPresent()) {
            out.append("   ").append(words.get("notAvailable")).append(note(section.unavailable().get())).append('\n');
            return;
        }
        for (Figure figure : section.figures()) {
            out.append("   ").append(word("figure." + figure.key())).append(words.get("colon"))
                    .append(figure.value().map(v -> value(figure.kind(), v)).orElse(words.get("na"))).append('\n');
        }
        for (Table table : section.tables()) {
            table(table, out);
        }
        for (Note note : section.notes()) {
            out.append("   * ").append(note(note)).append('\n');
        }
    }

    private void table(Table table, StringBuilder out) {
        if (table.rows().isEmpty()) {
            out.append("   ").append(word("table." + table.key())).append(words.get("colon")).append(words.get("none")).append('\n');
            return;
        }
        out.append("   ").append(word("table." + table.key())).append(words.get("colon").strip()).append('\n');
        List<String[]> lines = new ArrayList<>();
        lines.add(table.columns().stream().map(c -> column(c.key())).toArray(String[]::new));
        for (List<Object> row : table.rows()) {
            String[] cells = new String[row.size()];
            for (int i = 0; i < row.size(); i++) {
                Column column = table.columns().get(i);
                cells[i] = row.get(i) == null ? words.get("na") : value(column.kind(), row.get(i));
            }
            lines.add(cells);
        }
        int[] widths = new int[table.columns().size()];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], width(line[i]));
            }
        }
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder("     ");
            for (int i = 0; i < line.length; i++) {
                text.append(line[i]);
                if (i < line.length - 1) {
                    text.append(" ".repeat(widths[i] - width(line[i]) + 2));
                }
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        if (table.total() > table.rows().size()) {
            out.append("     ").append(String.format(words.get("more"), table.total() - table.rows().size())).append('\n');
        }
    }

    /** A column's heading: a period column ({@code period:2026-Q2}) is the period's name. */
    private String column(String key) {
        return key.startsWith("period:") ? key.substring("period:".length()) : word("column." + key);
    }

    private String value(Kind kind, Object value) {
        return switch (kind) {
            case TEXT -> ReviewSection.Table.TOTAL.equals(value) ? words.get("total") : dev.itss.internal.Escape.inline(String.valueOf(value));
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
            case BILINGUAL -> dev.itss.internal.Escape.inline(((Bilingual) value).in(language.locale()));
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
                return language == Language.ZH_CN ? element.chinese() : element.english();
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
                : Texts.translated(a) ? Texts.reason(a, language) : dev.itss.internal.Escape.inline(a))).toArray());
    }

    /** Display width: East Asian wide characters take two columns. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}

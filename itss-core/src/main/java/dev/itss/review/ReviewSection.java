package dev.itss.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One section of a service review: filled from the data it names in {@link #sources()}, or not
 * available with the reason. Content is data, not prose: figures, tables and notes whose keys a
 * report renders in the reader's language, so a JSON consumer gets the numbers.
 *
 * <pre>{@code
 * for (ReviewSection section : review.sections()) {
 *     System.out.println(section.key() + (section.available() ? " from " + section.sources() : " not available: " + section.unavailable().get()));
 * }
 * }</pre>
 *
 * @param key         what the section is, e.g. {@code contract} (the report's heading)
 * @param audience    the customer (R-C) or the team (R-T)
 * @param sources     the files and fields the section drew on, relative to the history folder,
 *                    e.g. {@code history/2026-Q2/snapshot.yaml: services[].tickets}
 * @param unavailable why the section is not available, when it is not
 * @param figures     single values
 * @param tables      tables
 * @param notes       what the data shows that a reader must not miss (e.g. a major incident
 *                    without a problem record), and which parts lacked data
 */
public record ReviewSection(String key, Audience audience, List<String> sources, Optional<Note> unavailable, List<Figure> figures,
                            List<Table> tables, List<Note> notes) {

    public ReviewSection {
        sources = List.copyOf(sources);
        unavailable = unavailable == null ? Optional.empty() : unavailable;
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /** Whether the section is filled from data. */
    public boolean available() {
        return unavailable.isEmpty();
    }

    /** A section not available for the reason, having looked at {@code sources}. */
    static ReviewSection notAvailable(String key, Audience audience, List<String> sources, Note reason) {
        return new ReviewSection(key, audience, sources, Optional.of(reason), List.of(), List.of(), List.of());
    }

    /** The figure of that key, when the section has it. */
    public Optional<Figure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The table of that key, when the section has it. */
    public Optional<Table> table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The kind of a value: how a report shows it. */
    public enum Kind {
        /** Text as given (names, ids). */
        TEXT,
        /** A word of the review's vocabulary, translated by the report (statuses, levels, kinds). */
        WORD,
        /** A whole number. */
        COUNT,
        /** A ratio shown as a percentage. */
        PERCENT,
        /** Hours. */
        HOURS,
        /** Minutes. */
        MINUTES,
        /** A day or a time. */
        DATE,
        /** A plain number (scores, amounts). */
        NUMBER,
        /** A {@link Quantity}: a value with its unit, for columns whose rows differ in unit. */
        QUANTITY,
        /** A metric id, shown with its name from the metric catalogue. */
        METRIC,
        /** A rule id, shown with its title from the rule catalogue. */
        RULE,
        /** A {@link dev.itss.model.Subject}, shown by its name. */
        SUBJECT,
        /** A {@link dev.itss.model.Bilingual} text, shown in the reader's language. */
        BILINGUAL,
        /** A list of words of the review's vocabulary, each translated. */
        WORDS
    }

    /**
     * A value with its unit (a ratio, days, a count...), as the measure stage gives it.
     *
     * @param value the value
     * @param unit  its unit
     */
    public record Quantity(double value, dev.itss.measure.Unit unit) {}

    /**
     * A single value; an absent value is not available (never shown as 0).
     *
     * @param key   what it is
     * @param kind  how to show it
     * @param value the value (a {@link Number}, a {@link String}, a date), empty when not available
     */
    public record Figure(String key, Kind kind, Optional<Object> value) {
        public Figure {
            value = value == null ? Optional.empty() : value;
        }

        static Figure of(String key, Kind kind, Object value) {
            return new Figure(key, kind, Optional.ofNullable(value));
        }
    }

    /**
     * A column of a table.
     *
     * @param key  what it holds
     * @param kind how to show its cells
     */
    public record Column(String key, Kind kind) {}

    /**
     * A table; a {@code null} cell is not available, and a row whose first cell is {@link #TOTAL}
     * is the total of the rows above it (e.g. all the month's tickets, whatever their service).
     *
     * @param key     what it lists
     * @param columns its columns
     * @param rows    its rows (at most the review's limit; {@link #total()} counts them all)
     * @param total   how many rows there were before the limit
     */
    public record Table(String key, List<Column> columns, List<List<Object>> rows, int total) {
        /** The first cell of a total row. */
        public static final String TOTAL = "*";

        public Table {
            columns = List.copyOf(columns);
            List<List<Object>> copied = new ArrayList<>();
            rows.forEach(row -> copied.add(Collections.unmodifiableList(new ArrayList<>(row))));   // cells may be null: not available
            rows = Collections.unmodifiableList(copied);
        }

        /** The cells of the column of that key, top to bottom. */
        public List<Object> column(String columnKey) {
            int index = -1;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).key().equals(columnKey)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IllegalArgumentException("no column '" + columnKey + "' in table " + key + "; columns "
                        + columns.stream().map(Column::key).toList());
            }
            int at = index;
            List<Object> cells = new ArrayList<>();
            rows.forEach(row -> cells.add(row.get(at)));
            return Collections.unmodifiableList(cells);
        }
    }

    /**
     * A sentence of the review's vocabulary with its values: the report words it in the reader's language.
     *
     * @param key  which sentence, e.g. {@code noTicketExport}
     * @param args its values, in order
     */
    public record Note(String key, List<String> args) {
        public Note {
            args = List.copyOf(args);
        }

        static Note of(String key, Object... args) {
            return new Note(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }
    }
}

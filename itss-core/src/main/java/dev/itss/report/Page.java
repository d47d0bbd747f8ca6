package dev.itss.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report's content once, before it is a format: headings, labelled paragraphs, lists, tables,
 * charts and page breaks, each holding text already worded in the report's language. A report
 * class builds a page; {@link Format} renders it as text, Markdown or HTML. Input values in the
 * text are escaped for the terminal ({@link dev.itss.internal.Escape#inline}) where they are put
 * in; the Markdown and HTML templates escape for their own syntax on top.
 *
 * <p>Mustache resolves a name it does not find on an object in the enclosing objects, so every
 * part has its own field names and an absent part is {@code null} (never a missing method): a
 * block's {@code heading} is null on a paragraph, not looked up on the page. The page is not API;
 * the report classes and {@link Format} are.
 */
final class Page {
    final String title;
    final String lang;
    final List<String> lead = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();

    Page(String title, Language language) {
        this.title = title;
        this.lang = language.tag();
    }

    /** A line under the title: the summary a reader takes in first. */
    Page lead(String line) {
        lead.add(line);
        return this;
    }

    Page heading(int level, String text) {
        return heading(level, text, null);
    }

    /** A heading of level 1 (a period of a loop), 2 (a section) or 3 (a rule, an action, a part), marked with a badge when given. */
    Page heading(int level, String text, Badge badge) {
        blocks.add(new Block(new Heading(level, text, badge, "h" + (blocks.size() + 1)), null, null, null, null, false));
        return this;
    }

    Page para(int depth, String text) {
        return para(depth, null, text);
    }

    /** A paragraph at an indentation depth (0 the page, 1 under a heading, 2 under an item), its label set apart. */
    Page para(int depth, String label, String text) {
        blocks.add(new Block(null, new Para(depth, label == null ? null : label.strip(), text), null, null, null, false));
        return this;
    }

    /** A bulleted list; consecutive calls with the same depth extend the last list. */
    Page item(int depth, String text) {
        return item(depth, text, null);
    }

    /** An item marked with a badge (a severity), or null. */
    Page item(int depth, String text, Badge badge) {
        Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (last != null && last.list != null && last.list.depth == depth) {
            last.list.items.add(new Item(text, badge));
        } else {
            Bullets list = new Bullets(depth, new ArrayList<>());
            list.items.add(new Item(text, badge));
            blocks.add(new Block(null, null, list, null, null, false));
        }
        return this;
    }

    Page table(Grid grid) {
        blocks.add(new Block(null, null, null, grid, null, false));
        return this;
    }

    Page chart(Chart chart) {
        blocks.add(new Block(null, null, null, null, chart, false));
        return this;
    }

    /** The end of the first page in print; a rule in Markdown, nothing in text. */
    Page pageBreak() {
        blocks.add(new Block(null, null, null, null, null, true));
        return this;
    }

    /** Another page's blocks appended under this one's (a verification inside a loop), its title as a heading. */
    Page append(Page other, int titleLevel) {
        heading(titleLevel, other.title);
        other.lead.forEach(line -> para(0, line));
        blocks.addAll(other.blocks);
        return this;
    }

    /**
     * The page with its headings moved up so that the highest level used is 1: a report without
     * periods starts its sections at level 1 (h2 under the title in HTML).
     */
    Page normalised() {
        int top = blocks.stream().filter(b -> b.heading() != null).mapToInt(b -> b.heading().level()).min().orElse(1);
        if (top == 1) {
            return this;
        }
        Page copy = new Page(title, lang);
        copy.lead.addAll(lead);
        for (Block b : blocks) {
            copy.blocks.add(b.heading() == null ? b : new Block(new Heading(b.heading().level() - top + 1, b.heading().headingText(),
                    b.heading().badge(), b.heading().anchor()), null, null, null, null, false));
        }
        return copy;
    }

    private Page(String title, String lang) {
        this.title = title;
        this.lang = lang;
    }

    record Block(Heading heading, Para para, Bullets list, Grid table, Chart chart, boolean pageBreak) {}

    /**
     * A mark before a heading or an item: its label in the report's language ({@code HIGH}, 高),
     * shown as {@code [HIGH]} in text and Markdown, and its tone, the CSS class of its colour.
     */
    record Badge(String badgeLabel, String tone) {
        static Badge severity(dev.itss.model.Severity severity, Language language) {
            return new Badge(AssessmentReport.severity(severity, language), severity.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    record Heading(int level, String headingText, Badge badge, String anchor) {
        /** HTML heading level: the page title is h1, so a level-1 heading is h2. */
        public int tag() {
            return Math.min(level + 1, 6);
        }

        /** Markdown hashes: the same shift. */
        public String hashes() {
            return "#".repeat(tag());
        }
    }

    record Para(int depth, String label, String paraText) {}

    record Bullets(int depth, List<Item> items) {}

    record Item(String itemText, Badge itemBadge) {}

    /**
     * A table: a caption, column heads, rows of cells (a cell is {@code —} when not available),
     * and the number of rows left out, if any.
     */
    record Grid(int depth, String caption, List<Cell> head, List<Row> rows, String more) {
        record Row(List<Cell> cells) {}
    }

    /** A table cell; numbers are right-aligned in HTML. */
    record Cell(String cellText, boolean numeric) {}

    /** An SVG chart: its title for the reader and for assistive technology, its drawing, and its data as a table for Markdown. */
    record Chart(String chartTitle, Charts.Svg svg, Grid data) {}
}

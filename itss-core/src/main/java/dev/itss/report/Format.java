package dev.itss.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The formats a report renders to for people: plain text for the terminal, Markdown for wikis and
 * tickets (the same content, a chart given as its data table), and one self-contained HTML file
 * with SVG charts, printable on A4 and readable on a phone. JSON is not a page format: see
 * {@link JsonReport} and {@link JsonOutput}.
 *
 * <pre>{@code
 * String html = new AssessmentReport(engine.rules(), Language.ZH_CN).render(assessment, Format.HTML);
 * }</pre>
 *
 * <p>Why Mustache (mustache.java): the templates hold no logic, so every decision stays in
 * tested Java; escaping is one function per format (HTML entities for HTML, backslashes for
 * Markdown), applied to every value a template writes unless it asks otherwise; the compiler has
 * no dependency and its compiled templates are thread-safe. jte compiles templates to classes
 * (a build plugin, or a Java compiler at run time) and knows no Markdown escaping; FreeMarker and
 * Pebble bring an expression language the reports do not need.
 */
public enum Format {
    /** Lines for the terminal; headings as {@code ==}, lists indented; charts left out (their figures are in the text). */
    TEXT,
    /** CommonMark with GitHub tables; input text escaped ({@code |}, {@code ](}, {@code <} and the other markup). */
    MARKDOWN,
    /** One HTML file with inline CSS and SVG, no script, font or image fetched; input text escaped as HTML. */
    HTML;

    /** The page in this format, ending with a line break. */
    String render(Page page) {
        return switch (this) {
            case TEXT -> text(page);
            case MARKDOWN -> Templates.render(Templates.MARKDOWN, page.normalised());
            case HTML -> Templates.render(Templates.HTML, page.normalised());
        };
    }

    private static String text(Page page) {
        StringBuilder out = new StringBuilder();
        out.append(page.title).append('\n');
        page.lead.forEach(line -> out.append(line).append('\n'));
        for (int b = 0; b < page.blocks.size(); b++) {
            Page.Block block = page.blocks.get(b);
            if (block.heading() != null && drawnOnly(page.blocks, b + 1)) {
                continue;   // a heading over charts alone: their figures are in the text already
            }
            if (block.heading() != null) {
                Page.Heading h = block.heading();
                out.append('\n').append(h.level() == 1 ? "######## " : h.level() == 2 ? "== " : "").append(badge(h.badge())).append(h.headingText()).append('\n');
            } else if (block.para() != null) {
                Page.Para p = block.para();
                out.append((indent(p.depth()) + (p.label() == null ? "" : p.label() + (p.label().endsWith(":") ? " " : "")) + p.paraText()).stripTrailing()).append('\n');
            } else if (block.list() != null) {
                block.list().items().forEach(item -> out.append(indent(block.list().depth())).append("- ").append(badge(item.itemBadge())).append(item.itemText()).append('\n'));
            } else if (block.table() != null) {
                table(block.table(), out);
            }
            // charts and page breaks have no text form: the figures a chart draws are in the text
        }
        return out.toString();
    }

    /** Whether the blocks from this one to the next heading are charts (at least one) and page breaks only. */
    private static boolean drawnOnly(List<Page.Block> blocks, int from) {
        boolean charts = false;
        for (int i = from; i < blocks.size() && blocks.get(i).heading() == null; i++) {
            if (blocks.get(i).chart() == null && !blocks.get(i).pageBreak()) {
                return false;
            }
            charts |= blocks.get(i).chart() != null;
        }
        return charts;
    }

    private static String badge(Page.Badge badge) {
        return badge == null ? "" : "[" + badge.badgeLabel() + "] ";
    }

    private static String indent(int depth) {
        return "   ".repeat(depth);
    }

    /** A table with its columns aligned by display width (a Chinese character takes two columns). */
    private static void table(Page.Grid grid, StringBuilder out) {
        String indent = indent(grid.depth());
        if (grid.caption() != null) {
            out.append(indent).append(grid.caption()).append('\n');
        }
        List<Page.Cell> head = grid.head();
        int[] widths = new int[head.size()];
        List<List<Page.Cell>> lines = new java.util.ArrayList<>();
        lines.add(head);
        grid.rows().forEach(r -> lines.add(r.cells()));
        for (List<Page.Cell> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], width(line.get(i).cellText()));
            }
        }
        for (List<Page.Cell> line : lines) {
            StringBuilder text = new StringBuilder(indent).append("  ");
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i).cellText();
                text.append(cell);
                if (i < line.size() - 1) {
                    text.append(" ".repeat(widths[i] - width(cell) + 2));
                }
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        if (grid.more() != null) {
            out.append(indent).append("  ").append(grid.more()).append('\n');
        }
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

    /** The compiled templates, one factory per escaping. */
    private static final class Templates {
        static final Mustache HTML = new DefaultMustacheFactory("dev/itss/report/templates").compile("report.html.mustache");
        static final Mustache MARKDOWN = new MarkdownFactory().compile("report.md.mustache");

        static String render(Mustache template, Page page) {
            try (StringWriter out = new StringWriter()) {
                template.execute(out, page).flush();
                return out.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Mustache whose {@code {{value}}} escapes Markdown instead of HTML. */
    private static final class MarkdownFactory extends DefaultMustacheFactory {
        MarkdownFactory() {
            super("dev/itss/report/templates");
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(Markdown.escape(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package dev.itss.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The page formats: Markdown escaping, the chart geometry, and one page rendered three ways. */
class FormatTest {

    @Test
    void markdownEscapesWhatWouldBecomeMarkup() {
        assertThat(Markdown.escape("a|b [x](y) *e* _u_ `c` <b> & ~s~")).isEqualTo("a\\|b \\[x\\](y) \\*e\\* \\_u\\_ \\`c\\` \\<b\\> \\& \\~s\\~");
        // only what opens a block at the start of a line
        assertThat(Markdown.escape("1. first")).isEqualTo("1\\. first");
        assertThat(Markdown.escape("67.6")).isEqualTo("67.6");
        assertThat(Markdown.escape("- item")).isEqualTo("\\- item");
        assertThat(Markdown.escape("# title")).isEqualTo("\\# title");
        assertThat(Markdown.escape("a - b # c")).isEqualTo("a - b # c");
        assertThat(Markdown.escape("百分之 85 %")).isEqualTo("百分之 85 %");
    }

    @Test
    void barsAreProportionalOnOneScaleAndStackTheirParts() {
        Charts.Svg svg = Charts.bars("t", List.of(
                new Charts.Bar("a", List.of(new Charts.Part(50, "score", null))),
                new Charts.Bar("b", List.of(new Charts.Part(100, "score", null))),
                new Charts.Bar("c", List.of(new Charts.Part(10, "high", null), new Charts.Part(30, "low", null), new Charts.Part(0, "info", null)))),
                100, v -> Long.toString((long) v));
        double a = Double.parseDouble(svg.rects.get(0).w());
        double b = Double.parseDouble(svg.rects.get(1).w());
        assertThat(b).isEqualTo(2 * a, org.assertj.core.data.Offset.offset(0.1));
        // the stacked row: a zero part draws nothing, the second part starts where the first ends
        assertThat(svg.rects).hasSize(4);
        Charts.Svg.Rect high = svg.rects.get(2);
        Charts.Svg.Rect low = svg.rects.get(3);
        assertThat(Double.parseDouble(low.x())).isEqualTo(Double.parseDouble(high.x()) + Double.parseDouble(high.w()), org.assertj.core.data.Offset.offset(0.1));
        assertThat(Double.parseDouble(low.w())).isEqualTo(3 * Double.parseDouble(high.w()), org.assertj.core.data.Offset.offset(0.1));
        assertThat(svg.labels).extracting(Charts.Svg.Label::labelText).contains("50", "100", "40");
    }

    @Test
    void aTrendLeavesAGapWhereAPeriodHasNoValueAndDrawsTheBandAtItsValues() {
        Charts.Svg svg = Charts.trend("rate", List.of("Q1", "Q2", "Q3", "Q4"), List.of(Optional.of(0.8), Optional.empty(), Optional.of(0.9), Optional.of(0.95)),
                Optional.of(0.95), Optional.of(0.85), v -> Math.round(v * 100) + " %");
        assertThat(svg.dots).hasSize(3);
        assertThat(svg.polys).hasSize(2);   // Q1 alone, then Q3-Q4
        Charts.Svg.Seg target = svg.segs.stream().filter(s -> s.segTone().equals("target")).findFirst().orElseThrow();
        Charts.Svg.Dot q4 = svg.dots.get(2);
        assertThat(target.y1()).isEqualTo(q4.cy());   // the value on the target line sits on it
        Charts.Svg.Seg breach = svg.segs.stream().filter(s -> s.segTone().equals("breach")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(breach.y1())).isGreaterThan(Double.parseDouble(target.y1()));   // lower value, lower on the chart
    }

    @Test
    void onePageRendersAsTextMarkdownAndHtml() {
        Page page = new Page("Title <x>", Language.EN).lead("lead | line");
        page.heading(2, "Section").para(1, "Why:", "because").item(1, "one", new Page.Badge("HIGH", "high")).item(1, "two");
        page.table(new Page.Grid(1, "Cap", List.of(new Page.Cell("Name", false), new Page.Cell("N", true)),
                List.of(new Page.Grid.Row(List.of(new Page.Cell("服务台", false), new Page.Cell("4", true)))), null));
        assertThat(Format.TEXT.render(page)).isEqualTo("""
                Title <x>
                lead | line

                == Section
                   Why: because
                   - [HIGH] one
                   - two
                   Cap
                     Name    N
                     服务台  4
                """);
        String markdown = Format.MARKDOWN.render(page);
        assertThat(markdown).startsWith("# Title \\<x\\>\n\nlead \\| line\n\n## Section\n\n**Why:** because\n\n- **HIGH** one\n- two\n")
                .contains("| Name | N |\n|---|---:|\n| 服务台 | 4 |");
        String html = Format.HTML.render(page);
        assertThat(html).contains("<h1>Title &lt;x&gt;</h1>", "<h2 id=\"h1\">Section</h2>", "<span class=\"tone tone-high\">HIGH</span>one",
                "<td class=\"num\">4</td>").doesNotContain("<x>", "<script");
    }
}

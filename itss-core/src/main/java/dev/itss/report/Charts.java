package dev.itss.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The geometry of the HTML report's charts: horizontal bars (one value or stacked parts per row)
 * and a line over periods with the policy's band drawn behind it. The template writes the SVG
 * markup; this class only places shapes and labels, so a chart is tested as numbers.
 *
 * <p>Why not a chart library: the well-kept Java ones (JFreeChart with JFreeSVG, XChart) draw
 * through AWT, which on a server needs fonts installed and measures Chinese text with whatever
 * font the JVM finds; these four charts are bars and lines, and SVG {@code <text>} lets the
 * reader's browser pick the Chinese font and size. No script is needed to read them.
 */
final class Charts {
    static final int WIDTH = 640;
    private static final int LABEL = 150;     // room for the row labels on the left
    private static final int ROW = 26;
    private static final int TOP = 8;

    private Charts() {}

    /** A row of a bar chart: its label and its parts (one part for a plain bar), each with a tone for its colour. */
    record Bar(String label, List<Part> parts) {}

    record Part(double value, String tone, String tip) {}

    /**
     * Horizontal bars on one scale from 0 to {@code max} (the largest row total when max is 0),
     * the row's total written after it.
     */
    static Svg bars(String title, List<Bar> rows, double max, java.util.function.DoubleFunction<String> format) {
        return bars(title, rows, max, format, List.of());
    }

    /** A legend entry: what a tone stands for. */
    record Key(String label, String tone) {}

    /** Bars with a legend under them, one entry per tone of the parts. */
    static Svg bars(String title, List<Bar> rows, double max, java.util.function.DoubleFunction<String> format, List<Key> legend) {
        double scale = max > 0 ? max : rows.stream().mapToDouble(r -> r.parts().stream().mapToDouble(Part::value).sum()).max().orElse(1);
        scale = scale == 0 ? 1 : scale;
        int plot = WIDTH - LABEL - 60;
        Svg svg = new Svg(WIDTH, TOP * 2 + rows.size() * ROW + (legend.isEmpty() ? 0 : ROW), title);
        for (int i = 0; i < rows.size(); i++) {
            Bar row = rows.get(i);
            double y = TOP + i * ROW;
            svg.labels.add(new Svg.Label(num(LABEL - 8), num(y + ROW / 2.0 + 4), "end", "axis", row.label()));
            double x = LABEL;
            double total = 0;
            for (Part part : row.parts()) {
                double w = plot * part.value() / scale;
                if (w > 0) {
                    svg.rects.add(new Svg.Rect(num(x), num(y + 4), num(w), num(ROW - 8), part.tone(), part.tip()));
                }
                x += w;
                total += part.value();
            }
            svg.labels.add(new Svg.Label(num(x + 6), num(y + ROW / 2.0 + 4), "start", "value", format.apply(total)));
        }
        svg.segs.add(new Svg.Seg(num(LABEL), num(TOP), num(LABEL), num(TOP + rows.size() * ROW), "axis"));
        double legendY = TOP + rows.size() * ROW + 8;
        double legendX = LABEL;
        double keyWidth = (WIDTH - LABEL) / (double) Math.max(1, legend.size());
        for (Key key : legend) {
            svg.rects.add(new Svg.Rect(num(legendX), num(legendY), "12", "12", key.tone(), null));
            svg.labels.add(new Svg.Label(num(legendX + 16), num(legendY + 10), "start", "axis", key.label()));
            legendX += keyWidth;
        }
        return svg;
    }

    /**
     * A metric over periods: the values as a line with a dot each (a gap where a period has no
     * value), the band's target and breach as dashed lines, the periods under the axis.
     */
    static Svg trend(String title, List<String> periods, List<Optional<Double>> values, Optional<Double> target, Optional<Double> breach,
                     java.util.function.DoubleFunction<String> format) {
        int width = 300;
        int height = 170;
        int left = 56;
        int right = 34;   // room for the last period's label and value
        int top = 12;
        int bottom = 30;
        List<Double> all = new ArrayList<>();
        values.forEach(v -> v.ifPresent(all::add));
        target.ifPresent(all::add);
        breach.ifPresent(all::add);
        double lo = all.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = all.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double pad = hi == lo ? Math.max(Math.abs(hi) * 0.1, 1) : (hi - lo) * 0.12;
        double min = lo - pad;
        double max = hi + pad;
        if (lo >= 0 && min < 0) {
            min = 0;
        }
        Svg svg = new Svg(width, height, title);
        svg.small = true;
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        final double low = min;
        final double span = max - min;
        java.util.function.DoubleUnaryOperator yOf = v -> top + plotH * (1 - (v - low) / span);
        double step = periods.size() > 1 ? plotW / (periods.size() - 1) : 0;
        java.util.function.IntToDoubleFunction xOf = i -> periods.size() > 1 ? left + i * step : left + plotW / 2;
        svg.segs.add(new Svg.Seg(num(left), num(top), num(left), num(top + plotH), "axis"));
        svg.segs.add(new Svg.Seg(num(left), num(top + plotH), num(left + plotW), num(top + plotH), "axis"));
        target.ifPresent(t -> band(svg, "target", yOf.applyAsDouble(t), left, plotW, format.apply(t)));
        breach.ifPresent(b -> band(svg, "breach", yOf.applyAsDouble(b), left, plotW, format.apply(b)));
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = xOf.applyAsDouble(i);
            svg.labels.add(new Svg.Label(num(x), num(height - 10), "middle", "axis", periods.get(i)));
            if (values.get(i).isEmpty()) {
                if (points.length() > 0) {
                    svg.polys.add(new Svg.Poly(points.toString().strip(), "line"));
                    points.setLength(0);
                }
                continue;
            }
            double v = values.get(i).get();
            double y = yOf.applyAsDouble(v);
            points.append(num(x)).append(',').append(num(y)).append(' ');
            svg.dots.add(new Svg.Dot(num(x), num(y), "dot", periods.get(i) + ": " + format.apply(v)));
            svg.labels.add(new Svg.Label(num(x), num(y - 7), "middle", "value", format.apply(v)));
        }
        if (points.length() > 0) {
            svg.polys.add(new Svg.Poly(points.toString().strip(), "line"));
        }
        return svg;
    }

    private static void band(Svg svg, String tone, double y, int left, double plotW, String label) {
        svg.segs.add(new Svg.Seg(num(left), num(y), num(left + plotW), num(y), tone));
        svg.labels.add(new Svg.Label(num(left - 4), num(y + 4), "end", tone, label));
    }

    /** Coordinates with one decimal, the same on every machine. */
    private static String num(double value) {
        return dev.itss.internal.Numbers.number(value);
    }

    /** The shapes of one chart, in the order they are drawn. */
    static final class Svg {
        final int width;
        final int height;
        final String svgTitle;
        /** A small multiple (a trend), laid out several to a row. */
        boolean small;
        final List<Rect> rects = new ArrayList<>();
        final List<Seg> segs = new ArrayList<>();
        final List<Poly> polys = new ArrayList<>();
        final List<Dot> dots = new ArrayList<>();
        final List<Label> labels = new ArrayList<>();

        Svg(int width, int height, String svgTitle) {
            this.width = width;
            this.height = height;
            this.svgTitle = svgTitle;
        }

        record Rect(String x, String y, String w, String h, String rectTone, String tip) {}

        record Seg(String x1, String y1, String x2, String y2, String segTone) {}

        record Poly(String points, String polyTone) {}

        record Dot(String cx, String cy, String dotTone, String dotTip) {}

        record Label(String lx, String ly, String anchor, String labelTone, String labelText) {}
    }
}

package dev.itss.report;

import dev.itss.check.Finding;
import dev.itss.measure.Evidence;
import dev.itss.model.Subject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills rule message templates from a finding's evidence, formatting each value in the report
 * language (percentages, days, hours, lists).
 *
 * <pre>{@code
 * String line = Texts.fill("{subject}: {observed} answered, expected at least {expected}", finding, Language.EN);
 * }</pre>
 */
public final class Texts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final Map<Language, Map<String, String>> WORDS = Map.of(
            Language.EN, Map.of("days", "%s days", "hours", "%s h", "minutes", "%s min", "never", "never", "listSeparator", ", "),
            Language.ZH_CN, Map.of("days", "%s 天", "hours", "%s 小时", "minutes", "%s 分钟", "never", "从未", "listSeparator", "、"));

    private Texts() {}

    /** The template with every {@code {name}} replaced; {@code {subject}} is the subject's name. */
    public static String fill(String template, Finding finding, Language language) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (name.equals("subject")) {
                value = subjectName(finding.subject(), language);
            } else {
                value = finding.evidence(name).map(e -> format(e, language)).orElse("{" + name + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * The subject's display name; the organisation-wide subjects the measure stage names itself
     * (service desk, knowledge base, spare-parts store) are translated.
     */
    public static String subjectName(Subject subject, Language language) {
        if (subject.kind().equals("quality-attribute")) {
            String[] names = QUALITY_ATTRIBUTES.get(subject.id());
            if (names != null) {
                return language == Language.ZH_CN ? names[1] : names[0];
            }
        }
        if (language == Language.ZH_CN) {
            String chinese = SUBJECTS_ZH.get(subject.kind());
            if (chinese != null && subject.id().equals(subject.kind())) {
                return chinese;
            }
        }
        return dev.itss.internal.Escape.inline(subject.name());
    }

    private static final Map<String, String[]> QUALITY_ATTRIBUTES = Map.of(
            "security", new String[] {"Security", "安全性"},
            "reliability", new String[] {"Reliability", "可靠性"},
            "responsiveness", new String[] {"Responsiveness", "响应性"},
            "tangibility", new String[] {"Tangibility", "有形性"},
            "friendliness", new String[] {"Friendliness", "友好性"});

    private static final Map<String, String> SUBJECTS_ZH = Map.of(
            "service-desk", "服务台", "knowledge-base", "知识库", "spare-parts-store", "备件库");

    /**
     * Where a finding's figure was measured from, when operational records gave it (evidence
     * {@code source}), in the report language: "from the call records", "来自呼叫记录".
     */
    public static java.util.Optional<String> source(Finding finding, Language language) {
        return finding.evidence("source").map(e -> String.valueOf(e.value())).map(source -> {
            String[] names = SOURCES.get(source);
            if (names == null) {
                return language == Language.ZH_CN ? "来自" + source : "from " + source;
            }
            return language == Language.ZH_CN ? names[1] : names[0];
        });
    }

    /**
     * Words a justification names by code rather than in one language (a list of what a service
     * lacks: {@code gap:article}), so that each report prints them in its own.
     */
    private static final Map<String, String[]> CODES = Map.of(
            "gap:sla", new String[] {"an agreed SLA", "签订的 SLA"},
            "gap:article", new String[] {"a knowledge article", "知识条目"},
            "gap:monitored-ci", new String[] {"a monitored configuration item", "受监控的配置项"},
            "gap:emergency-plan", new String[] {"an emergency plan", "应急预案"});

    /** A coded word in the report language, any other text as it is. */
    static String word(Object value, Language language) {
        String text = String.valueOf(value);
        String[] names = CODES.get(text);
        return names == null ? text : names[language == Language.ZH_CN ? 1 : 0];
    }

    private static final Map<String, String[]> SOURCES = Map.of(
            "call records", new String[] {"from the call records", "来自呼叫记录"},
            "ticket export", new String[] {"from the ticket export", "来自工单导出数据"},
            "spare-part movements", new String[] {"from the spare-part movements", "来自备件出入库记录"},
            "timesheets", new String[] {"from the timesheets", "来自工时记录"});

    /** The placeholder names a template uses. */
    public static List<String> placeholders(String template) {
        return PLACEHOLDER.matcher(template).results().map(r -> r.group(1)).distinct().toList();
    }

    /** One evidence value formatted for a reader. */
    public static String format(Evidence evidence, Language language) {
        Object value = evidence.value();
        Map<String, String> words = WORDS.get(language);
        return switch (evidence.unit()) {
            case RATIO -> percent(((Number) value).doubleValue());
            case DAYS -> String.format(words.get("days"), integer(value));
            case HOURS -> String.format(words.get("hours"), number(((Number) value).doubleValue()));
            case MINUTES -> String.format(words.get("minutes"), number(((Number) value).doubleValue()));
            case SCORE, NUMBER -> number(((Number) value).doubleValue());
            case COUNT -> integer(value);
            case DATE -> value.toString();
            case LIST -> {
                List<?> items = (List<?>) value;
                yield items.isEmpty() ? "—" : String.join(words.get("listSeparator"), items.stream().map(i -> dev.itss.internal.Escape.inline(word(i, language))).toList());
            }
            case TEXT -> "never".equals(value) ? words.get("never") : value instanceof BigDecimal big ? big.stripTrailingZeros().toPlainString()
                    : dev.itss.internal.Escape.inline(String.valueOf(value));
        };
    }

    /** {@code 0.8333} as {@code 83.3 %}. */
    public static String percent(double ratio) {
        return dev.itss.internal.Numbers.percent(ratio);
    }

    private static String integer(Object value) {
        return value instanceof Number n ? Long.toString(Math.round(n.doubleValue())) : String.valueOf(value);
    }

    private static String number(double value) {
        return dev.itss.internal.Numbers.number(value);
    }
}

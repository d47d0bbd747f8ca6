package dev.itss.report;

import dev.itss.check.Finding;
import dev.itss.measure.Evidence;
import dev.itss.model.Subject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    /** {@code {name}}, or {@code {name:points}} for a difference of ratios said in percentage points ("6.6 个百分点"). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)(:points)?}");
    private static final Map<Language, Map<String, String>> WORDS = Map.of(
            Language.EN, Map.of("days", "%s days", "hours", "%s h", "minutes", "%s min", "never", "never", "listSeparator", ", ",
                    "points", "%s percentage points"),
            Language.ZH_CN, Map.of("days", "%s 天", "hours", "%s 小时", "minutes", "%s 分钟", "never", "从未", "listSeparator", "、",
                    "points", "%s 个百分点"));

    private Texts() {}

    /**
     * The template with every {@code {name}} replaced; {@code {subject}} is the subject's name, and
     * {@code {name:points}} a ratio said in percentage points. In Chinese, the space the template puts
     * between a duration or percentage points and the next word is dropped ("365 天内", not
     * "365 天 内"); names keep theirs.
     */
    public static String fill(String template, Finding finding, Language language) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        int end = 0;
        boolean afterDuration = false;
        while (matcher.find()) {
            String literal = template.substring(end, matcher.start());
            out.append(language == Language.ZH_CN && afterDuration ? dropSpaceBeforeChinese(literal) : literal);
            String name = matcher.group(1);
            String value;
            afterDuration = false;
            if (name.equals("subject")) {
                value = subjectName(finding.subject(), language);
            } else if (matcher.group(2) != null) {
                value = finding.evidence(name).filter(e -> e.value() instanceof Number)
                        .map(e -> String.format(WORDS.get(language).get("points"), dev.itss.internal.Numbers.number(((Number) e.value()).doubleValue() * 100)))
                        .orElse("{" + name + "}");
                afterDuration = true;   // "5 个百分点为", as after a duration
            } else {
                Optional<Evidence> evidence = finding.evidence(name);
                value = evidence.map(e -> format(e, language)).orElse("{" + name + "}");
                afterDuration = evidence.filter(e -> DURATIONS.contains(e.unit())).isPresent();
            }
            out.append(value);
            end = matcher.end();
        }
        String tail = template.substring(end);
        out.append(language == Language.ZH_CN && afterDuration ? dropSpaceBeforeChinese(tail) : tail);
        return out.toString();
    }

    private static final java.util.Set<dev.itss.measure.Unit> DURATIONS = java.util.EnumSet.of(dev.itss.measure.Unit.DAYS, dev.itss.measure.Unit.HOURS,
            dev.itss.measure.Unit.MINUTES);

    private static String dropSpaceBeforeChinese(String literal) {
        return literal.length() > 1 && literal.charAt(0) == ' ' && chinese(literal.charAt(1)) ? literal.substring(1) : literal;
    }

    /** A CJK ideograph or a full-width punctuation mark. */
    private static boolean chinese(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60);
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
        return finding.evidence("source").map(e -> source(String.valueOf(e.value()), language));
    }

    /** A source by its code ({@code timesheets}) in the report language: "from the timesheets", "来自工时记录". */
    public static String source(String source, Language language) {
        String[] names = SOURCES.get(source);
        if (names == null) {
            return language == Language.ZH_CN ? "来自" + source : "from " + source;
        }
        return language == Language.ZH_CN ? names[1] : names[0];
    }

    /**
     * Words a justification names by code rather than in one language (a list of what a service
     * lacks: {@code gap:article}), so that each report prints them in its own.
     */
    private static final Map<String, String[]> CODES = Map.of(
            "gap:sla", new String[] {"an agreed SLA", "签订的 SLA"},
            "gap:article", new String[] {"a knowledge article", "知识条目"},
            "gap:monitored-ci", new String[] {"a monitored configuration item", "受监控的配置项"},
            "gap:emergency-plan", new String[] {"an emergency plan", "应急预案"},
            "process:not-defined", new String[] {"not defined", "未定义"},
            "process:not-documented", new String[] {"not documented", "未成文"});

    /** An id labelled with a coded word: {@code change (process:not-documented)}. */
    private static final Pattern LABELLED = Pattern.compile("(.+) \\(([a-z]+:[a-z-]+)\\)");

    /** A coded word in the report language, an id labelled with one with its label translated, any other text as it is. */
    static String word(Object value, Language language) {
        String text = String.valueOf(value);
        String[] names = CODES.get(text);
        if (names != null) {
            return names[language == Language.ZH_CN ? 1 : 0];
        }
        Matcher labelled = LABELLED.matcher(text);
        if (labelled.matches() && CODES.containsKey(labelled.group(2))) {
            String label = CODES.get(labelled.group(2))[language == Language.ZH_CN ? 1 : 0];
            return language == Language.ZH_CN ? labelled.group(1) + "（" + label + "）" : labelled.group(1) + " (" + label + ")";
        }
        return text;
    }

    private static final Map<String, String[]> SOURCES = Map.of(
            "call records", new String[] {"from the call records", "来自呼叫记录"},
            "ticket export", new String[] {"from the ticket export", "来自工单导出数据"},
            "spare-part movements", new String[] {"from the spare-part movements", "来自备件出入库记录"},
            "timesheets", new String[] {"from the timesheets", "来自工时记录"});

    /** The Chinese of each reason the measure stage gives for a figure not measured (dev/itss/report/reasons-zh-CN.yaml). */
    private static final Map<String, String> REASONS_ZH = reasons();

    private static Map<String, String> reasons() {
        try (java.io.InputStream in = Texts.class.getResourceAsStream("/dev/itss/report/reasons-zh-CN.yaml")) {
            return Map.copyOf(dev.itss.internal.Mappers.yaml().readValue(in, new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() { }));
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read the library's dev/itss/report/reasons-zh-CN.yaml", e);
        }
    }

    /**
     * Why a figure was not measured, in the report language: the measure stage says it in English,
     * and the Chinese report says it in Chinese when the reason has its translation (an unknown one,
     * e.g. from a rule pack, stays as it is). Escaped for a text report.
     */
    public static String reason(String reason, Language language) {
        return dev.itss.internal.Escape.inline(language == Language.ZH_CN ? chinese(reason).orElse(reason) : reason);
    }

    /** Whether the Chinese report has the reason's translation. */
    static boolean translated(String reason) {
        return chinese(reason).isPresent();
    }

    /**
     * The reasons generated with a value in them, each with its Chinese form ({@code $1} the first
     * group): a rule input the snapshot lacks, by its field's id ({@code no kpiScore reported
     * (people.engineers[].kpiScore)}); a target the verified period has no value for (improve
     * stage); a figure a review's period did not measure (review stage).
     */
    private static final List<Map.Entry<Pattern, String>> GENERATED_REASONS = List.of(
            Map.entry(Pattern.compile("no ([a-z][A-Za-z]*) reported \\(([^()]+)\\)"), "未报告 $1（$2）"),
            Map.entry(Pattern.compile("the period has no value for (\\S+) of (\\S+)"), "本期没有该指标的数值"),
            Map.entry(Pattern.compile("not measured in (.+)"), "$1 期未衡量"));

    private static Optional<String> chinese(String reason) {
        String known = REASONS_ZH.get(reason);
        if (known != null) {
            return Optional.of(known);
        }
        for (Map.Entry<Pattern, String> generated : GENERATED_REASONS) {
            Matcher matcher = generated.getKey().matcher(reason);
            if (matcher.matches()) {
                return Optional.of(matcher.replaceFirst(generated.getValue()));
            }
        }
        return Optional.empty();
    }

    /** The placeholder names a template uses. */
    public static List<String> placeholders(String template) {
        return PLACEHOLDER.matcher(template).results().map(r -> r.group(1)).distinct().toList();
    }

    /** An element's name in the report language: {@code People}, {@code 人员}. */
    public static String element(dev.itss.model.Element element, Language language) {
        return language == Language.ZH_CN ? element.chinese() : element.english();
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

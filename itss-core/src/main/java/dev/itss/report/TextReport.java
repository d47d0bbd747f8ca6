package dev.itss.report;

import dev.itss.engine.Assessment;
import dev.itss.finding.Finding;
import dev.itss.finding.NotAvailable;
import dev.itss.finding.RuleCatalog;
import dev.itss.finding.RuleText;
import dev.itss.model.Element;
import dev.itss.model.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain-text report for an operations manager: a summary, then per element each rule that
 * found something (highest severity first) with why it matters, one line per subject saying what
 * was observed against what was expected, and what to do; then the rules that could not judge for
 * lack of data.
 *
 * <pre>{@code
 * String text = new TextReport(engine.rules(), Language.ZH_CN).render(assessment);
 * }</pre>
 */
public final class TextReport {
    private final RuleCatalog rules;
    private final Language language;
    private final Map<String, String> words;

    public TextReport(RuleCatalog rules, Language language) {
        this.rules = rules;
        this.language = language;
        this.words = language == Language.ZH_CN ? ZH : EN;
    }

    /** The report, lines separated by {@code \n}. */
    public String render(Assessment assessment) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(words.get("heading"), assessment.organisation().name(),
                assessment.period().start(), assessment.period().end())).append('\n');
        List<Finding> findings = assessment.findings().findings();
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        findings.forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
        StringBuilder counts = new StringBuilder();
        for (Severity severity : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
            if (bySeverity.containsKey(severity)) {
                counts.append(counts.length() == 0 ? "" : ", ").append(bySeverity.get(severity)).append(' ').append(severity(severity));
            }
        }
        out.append(String.format(words.get("summary"), findings.size(), counts.length() == 0 ? "—" : counts,
                assessment.findings().notAvailable().size())).append("\n");

        for (Element element : Element.values()) {
            List<Finding> ofElement = assessment.findings().of(element);
            if (ofElement.isEmpty() && element == Element.SUPERVISION) {
                continue;
            }
            out.append('\n').append("== ").append(elementName(element)).append(" (").append(ofElement.size()).append(")\n");
            if (ofElement.isEmpty()) {
                out.append("   ").append(words.get("none")).append('\n');
            }
            Map<String, List<Finding>> byRule = new LinkedHashMap<>();
            ofElement.forEach(f -> byRule.computeIfAbsent(f.ruleId(), id -> new ArrayList<>()).add(f));
            for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
                List<Finding> ruleFindings = rule.getValue();
                Finding first = ruleFindings.get(0);
                RuleText text = rules.text(rule.getKey(), language.locale());
                out.append('\n').append(String.format("[%s] %s %s (%d)", severity(first.severity()), rule.getKey(), text.title(), ruleFindings.size())).append('\n');
                if (!text.motivation().isEmpty()) {
                    out.append("   ").append(words.get("why")).append(Texts.fill(text.motivation(), first, language)).append('\n');
                }
                for (Finding finding : ruleFindings) {
                    out.append("   - ");
                    if (ruleFindings.size() > 1) {
                        out.append('[').append(severity(finding.severity())).append("] ");
                    }
                    out.append(Texts.fill(text.message(), finding, language)).append('\n');
                }
                if (!text.remediation().isEmpty()) {
                    out.append("   ").append(words.get("fix")).append(Texts.fill(text.remediation(), first, language)).append('\n');
                }
                out.append("   ").append(words.get("covers")).append(String.join(", ", first.domainIds())).append('\n');
            }
        }
        List<NotAvailable> missing = assessment.findings().notAvailable();
        if (!missing.isEmpty()) {
            out.append('\n').append("== ").append(words.get("notAvailable")).append(" (").append(missing.size()).append(")\n");
            for (NotAvailable n : missing) {
                out.append(String.format("   %s %s — %s: %s", n.ruleId(), rules.text(n.ruleId(), language.locale()).title(), Texts.subjectName(n.subject(), language), n.reason())).append('\n');
            }
        }
        return out.toString();
    }

    /** The severity in the report language: {@code HIGH}, or {@code 高} in Chinese. */
    private String severity(Severity severity) {
        return language == Language.ZH_CN ? SEVERITIES_ZH.get(severity) : severity.name();
    }

    private static final Map<Severity, String> SEVERITIES_ZH = Map.of(
            Severity.CRITICAL, "严重", Severity.HIGH, "高", Severity.MEDIUM, "中", Severity.LOW, "低", Severity.INFO, "提示");

    private String elementName(Element element) {
        return language == Language.ZH_CN ? element.chinese() + " " + element.english() : element.english() + " " + element.chinese();
    }

    private static final Map<String, String> EN = Map.of(
            "heading", "ITSS assessment: %s, %s to %s",
            "summary", "%d findings (%s); %d rule check(s) without data",
            "none", "No findings.",
            "why", "Why: ",
            "fix", "Do: ",
            "covers", "ITSS: ",
            "notAvailable", "Not assessed: data missing");

    private static final Map<String, String> ZH = Map.of(
            "heading", "ITSS 运维服务评估：%s，%s 至 %s",
            "summary", "发现问题 %d 项（%s）；%d 项检查缺少数据",
            "none", "未发现问题。",
            "why", "原因：",
            "fix", "建议：",
            "covers", "ITSS 条目：",
            "notAvailable", "未评估：缺少数据");
}

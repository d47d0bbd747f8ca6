package dev.itss.report;

import dev.itss.engine.Assessment;
import dev.itss.check.Finding;
import dev.itss.check.NotAvailable;
import dev.itss.check.RuleCatalog;
import dev.itss.check.RuleText;
import dev.itss.check.Scorecard;
import dev.itss.measure.MetricCatalog;
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
@dev.itss.model.Covers({"S-6"})
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
        out.append(String.format(words.get("heading"), dev.itss.internal.Escape.inline(assessment.organisation().name()),
                assessment.period().start(), assessment.period().end())).append('\n');
        List<Finding> findings = assessment.findings().findings();
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        findings.forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
        StringBuilder counts = new StringBuilder();
        for (Severity severity : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
            if (bySeverity.containsKey(severity)) {
                // "16 high, 55 medium"; in Chinese the word first, as counts are said: "高 16、中 55"
                counts.append(counts.length() == 0 ? "" : words.get("countSeparator"));
                if (language == Language.ZH_CN) {
                    counts.append(severity(severity)).append(' ').append(bySeverity.get(severity));
                } else {
                    counts.append(bySeverity.get(severity)).append(' ').append(severity(severity));
                }
            }
        }
        out.append(String.format(words.get("summary"), findings.size(), counts.length() == 0 ? "—" : counts,
                assessment.findings().notAvailable().size())).append("\n");
        out.append(scores(assessment.scores())).append('\n');

        // the cross-element findings open the report: they tell how the element problems connect
        List<Finding> across = findings.stream().filter(this::crossElement).toList();
        if (!across.isEmpty()) {
            out.append('\n').append("== ").append(words.get("across")).append(String.format(words.get("count"), across.size())).append('\n');
            rules(across, out);
        }
        for (Element element : Element.values()) {
            List<Finding> ofElement = assessment.findings().of(element).stream().filter(f -> !crossElement(f)).toList();
            if (ofElement.isEmpty() && element == Element.SUPERVISION) {
                continue;
            }
            out.append('\n').append("== ").append(elementName(element)).append(String.format(words.get("count"), ofElement.size())).append('\n');
            if (ofElement.isEmpty()) {
                out.append("   ").append(words.get("none")).append('\n');
            }
            rules(ofElement, out);
        }
        List<NotAvailable> missing = assessment.findings().notAvailable();
        if (!missing.isEmpty()) {
            out.append('\n').append("== ").append(words.get("notAvailable")).append(" (").append(missing.size()).append(")\n");
            for (NotAvailable n : missing) {
                out.append(String.format(words.get("notAvailableLine"), n.ruleId(), rules.text(n.ruleId(), language.locale()).title(), Texts.subjectName(n.subject(), language), Texts.reason(n.reason(), language))).append('\n');
            }
        }
        waivers(assessment, out);
        new PlanReport(MetricCatalog.standard(), language).appendActions(assessment.plan(), out);
        return out.toString();
    }

    /** Whether the finding's rule joins links across elements ({@code @joins}). */
    private boolean crossElement(Finding finding) {
        return rules.find(finding.ruleId()).map(dev.itss.check.RuleDescriptor::crossElement).orElse(false);
    }

    /** The findings grouped under one heading per rule, in the order given. */
    private void rules(List<Finding> findings, StringBuilder out) {
        List<Finding> ofElement = findings;
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        ofElement.forEach(f -> byRule.computeIfAbsent(f.ruleId(), id -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            List<Finding> ruleFindings = rule.getValue();
            Finding first = ruleFindings.get(0);
            RuleText text = rules.text(rule.getKey(), language.locale());
            out.append('\n').append(String.format(words.get("ruleLine"), severity(first.severity()), rule.getKey(), text.title(), ruleFindings.size())).append('\n');
            if (!text.motivation().isEmpty()) {
                out.append("   ").append(words.get("why")).append(Texts.fill(text.motivation(), first, language)).append('\n');
            }
            // several findings of one rule whose message does not name its subject: say whose each is
            boolean nameSubjects = ruleFindings.size() > 1 && !text.message().contains("{subject}")
                    && ruleFindings.stream().map(Finding::subject).distinct().count() > 1;
            for (Finding finding : ruleFindings) {
                out.append("   - ");
                if (ruleFindings.size() > 1) {
                    out.append('[').append(severity(finding.severity())).append("] ");
                }
                if (finding.waived()) {
                    out.append(words.get("waived"));
                }
                if (nameSubjects) {
                    out.append(Texts.subjectName(finding.subject(), language)).append(": ");
                }
                out.append(Texts.fill(text.message(), finding, language));
                Texts.source(finding, language).ifPresent(source -> out.append(language == Language.ZH_CN ? "（" + source + "）" : " (" + source + ")"));
                out.append('\n');
            }
            if (!text.remediation().isEmpty()) {
                out.append("   ").append(words.get("fix")).append(Texts.fill(text.remediation(), first, language)).append('\n');
            }
            out.append("   ").append(words.get("covers")).append(String.join(", ", first.domainIds())).append('\n');
        }
    }

    private String scores(Scorecard card) {
        StringBuilder line = new StringBuilder(words.get("scores"));
        for (Scorecard.ElementScore score : card.elements()) {
            line.append(language == Language.ZH_CN ? score.element().chinese() : score.element().english()).append(' ')
                    .append(number(score.score())).append(" · ");
        }
        line.append(words.get("overall")).append(card.overall().map(TextReport::number).orElse("—"));
        return line.toString();
    }

    private void waivers(Assessment assessment, StringBuilder out) {
        if (assessment.waivers().isEmpty()) {
            return;
        }
        out.append('\n').append("== ").append(words.get("waivers")).append(" (").append(assessment.waivers().size()).append(")\n");
        for (dev.itss.policy.WaiverStatus status : assessment.waivers()) {
            dev.itss.policy.Waiver w = status.waiver();
            out.append("   ").append(String.format(words.get("waiver." + status.state().name()), w.rule(), dev.itss.internal.Escape.inline(w.subject()), w.expires(), status.findings().size()))
                    .append(" — ").append(dev.itss.internal.Escape.inline(w.reason())).append('\n');
        }
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** The severity in the report language: {@code HIGH}, or {@code 高} in Chinese. */
    private String severity(Severity severity) {
        return severity(severity, language);
    }

    static String severity(Severity severity, Language language) {
        return language == Language.ZH_CN ? SEVERITIES_ZH.get(severity) : severity.name();
    }

    private static final Map<Severity, String> SEVERITIES_ZH = Map.of(
            Severity.CRITICAL, "严重", Severity.HIGH, "高", Severity.MEDIUM, "中", Severity.LOW, "低", Severity.INFO, "提示");

    private String elementName(Element element) {
        return language == Language.ZH_CN ? element.chinese() : element.english() + " " + element.chinese();
    }

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("scores", "Scores (0-100): "),
            Map.entry("waived", "[waived] "),
            Map.entry("waivers", "Waivers"),
            Map.entry("waiver.APPLIED", "%s for %s, until %s: waives %d finding(s)"),
            Map.entry("waiver.EXPIRED", "%s for %s EXPIRED on %s: its %d finding(s) are reported again; renew it with a new date or act on them"),
            Map.entry("waiver.UNUSED", "%s for %s, until %s: waives nothing (%d findings); the problem is gone or the subject is misspelt, remove it"),
            Map.entry("overall", "overall "),
            Map.entry("heading", "ITSS assessment: %s, %s to %s"),
            Map.entry("summary", "%d findings (%s); %d rule check(s) without data"),
            Map.entry("none", "No findings."),
            Map.entry("across", "Across elements 跨要素"),
            Map.entry("countSeparator", ", "),
            Map.entry("count", " (%d)"),
            Map.entry("notAvailableLine", "   %s %s — %s: %s"),
            Map.entry("ruleLine", "[%s] %s %s (%d)"),
            Map.entry("why", "Why: "),
            Map.entry("fix", "Do: "),
            Map.entry("covers", "ITSS: "),
            Map.entry("notAvailable", "Not assessed: data missing"));

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("scores", "得分（0-100）："),
            Map.entry("waived", "[已豁免] "),
            Map.entry("waivers", "豁免"),
            Map.entry("waiver.APPLIED", "%s（%s），有效期至 %s：豁免 %d 个发现项"),
            Map.entry("waiver.EXPIRED", "%s（%s）已于 %s 到期：其 %d 个发现项重新计入；请续期或采取措施"),
            Map.entry("waiver.UNUSED", "%s（%s），有效期至 %s：未豁免任何发现项（%d）；发现项已消除或对象名称有误，请删除"),
            Map.entry("overall", "总分 "),
            Map.entry("heading", "ITSS 运维服务评估：%s，%s 至 %s"),
            Map.entry("summary", "共 %d 个发现项（%s）；%d 项检查缺少数据"),
            Map.entry("none", "无发现项。"),
            Map.entry("across", "跨要素"),
            Map.entry("why", "影响："),
            Map.entry("countSeparator", "、"),
            Map.entry("count", "（%d）"),
            Map.entry("notAvailableLine", "   %s %s — %s：%s"),
            Map.entry("ruleLine", "[%s] %s %s（%d）"),
            Map.entry("fix", "建议："),
            Map.entry("covers", "ITSS 条目："),
            Map.entry("notAvailable", "未评估：缺少数据"));
}

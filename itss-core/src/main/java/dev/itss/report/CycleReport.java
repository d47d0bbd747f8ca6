package dev.itss.report;

import dev.itss.check.Finding;
import dev.itss.history.AssessmentDiff;
import dev.itss.history.FindingRef;
import dev.itss.history.ImprovementCycle;
import dev.itss.history.Trends;
import dev.itss.improve.TargetStatus;
import dev.itss.measure.MetricCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The improvement loop over periods as text, English or Chinese: per period its findings, the
 * movement since the period before (the {@link AssessmentDiff}), the verification of the previous
 * plan (the whole {@link VerificationReport}), then the trends and the next plan.
 *
 * <pre>{@code
 * System.out.print(new CycleReport(engine.metrics(), Language.EN).render(cycle));
 * }</pre>
 */
public final class CycleReport {
    private final MetricCatalog metrics;
    private final Language language;
    private final Map<String, String> words;

    public CycleReport(MetricCatalog metrics, Language language) {
        this.metrics = metrics;
        this.language = language;
        this.words = language == Language.ZH_CN ? ZH : EN;
    }

    /** The whole loop. */
    public String render(ImprovementCycle cycle) {
        StringBuilder out = new StringBuilder();
        ImprovementCycle.Step first = cycle.steps().get(0);
        out.append(String.format(words.get("heading"), dev.itss.internal.Escape.inline(first.assessment().organisation().name()), cycle.steps().size())).append('\n');
        for (int i = 0; i < cycle.steps().size(); i++) {
            ImprovementCycle.Step step = cycle.steps().get(i);
            out.append('\n').append("######## ").append(String.format(words.get("period"), step.name(), step.assessment().period().start(),
                    step.assessment().period().end())).append('\n');
            List<Finding> open = step.assessment().openFindings();
            out.append(String.format(words.get("findings"), open.size(), step.assessment().scores().overall().map(TextReport::number).orElse("—"))).append('\n');
            if (i > 0) {
                out.append(diffLine(cycle.diffs().get(i - 1))).append('\n');
            }
            step.verification().ifPresent(v -> {
                Map<TargetStatus, Long> s = v.summary();
                out.append(String.format(words.get("verified"), v.controlTable().size(), s.get(TargetStatus.MET), s.get(TargetStatus.PARTIALLY_MET),
                        s.get(TargetStatus.NOT_MET), s.get(TargetStatus.NOT_MEASURABLE))).append('\n');
                out.append('\n').append(new VerificationReport(metrics, language).render(v));
            });
            out.append('\n').append(String.format(words.get(step.editedPlan().isPresent() ? "planEdited" : "planGenerated"),
                    step.plan().actions().size(), step.plan().targets().size())).append('\n');
        }
        out.append('\n').append("######## ").append(String.format(words.get("trends"), cycle.trends().size())).append('\n');
        if (cycle.trends().isEmpty()) {
            out.append("   ").append(words.get("noTrends")).append('\n');
        }
        PlanReport plans = new PlanReport(metrics, language);
        for (Trends.Trend trend : cycle.trends()) {
            out.append("   - ").append(words.get(trend.kind().name())).append(": ").append(plans.metricName(trend.metric())).append(" (")
                    .append(Texts.subjectName(trend.subject(), language)).append(')');
            trend.finding().ifPresent(f -> out.append(" ").append(f));
            out.append(" — ");
            for (int i = 0; i < trend.values().size(); i++) {
                Optional<Double> value = trend.values().get(i);
                out.append(i == 0 ? "" : " → ").append(value.map(v -> formatted(v, trend.metric())).orElse(words.get("absent")));
            }
            out.append('\n');
        }
        out.append('\n').append("######## ").append(words.get("next")).append('\n').append(plans.render(cycle.nextPlan()));
        return out.toString();
    }

    /** The diff of two periods, with every finding listed. */
    public String render(AssessmentDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(words.get("diffHeading"), diff.before().start(), diff.before().end(), diff.after().start(), diff.after().end())).append('\n');
        out.append(diffLine(diff)).append('\n');
        section(words.get("added"), diff.added(), out);
        section(words.get("resolved"), diff.resolved(), out);
        out.append('\n').append("== ").append(words.get("persisting")).append(" (").append(diff.persisting().size()).append(")\n");
        for (AssessmentDiff.Persisting p : diff.persisting()) {
            out.append("   ").append(p.after().key()).append(" [").append(TextReport.severity(p.before().severity(), language));
            if (p.before().severity() != p.after().severity()) {
                out.append(" → ").append(TextReport.severity(p.after().severity(), language));
            }
            out.append("]\n");
        }
        return out.toString();
    }

    private void section(String title, List<FindingRef> findings, StringBuilder out) {
        out.append('\n').append("== ").append(title).append(" (").append(findings.size()).append(")\n");
        findings.forEach(f -> out.append("   ").append(f.key()).append(" [").append(TextReport.severity(f.severity(), language)).append("]\n"));
    }

    private String diffLine(AssessmentDiff diff) {
        long worse = diff.persisting().stream().filter(AssessmentDiff.Persisting::worse).count();
        return String.format(words.get("diff"), diff.added().size(), diff.resolved().size(), diff.persisting().size(), worse);
    }

    /** A value formatted in its metric's unit. */
    private String formatted(double value, String metric) {
        return metrics.find(metric).map(m -> Texts.format(new dev.itss.measure.Evidence("value", value, m.unit()), language))
                .orElse(TextReport.number(value));
    }

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("heading", "ITSS improvement loop: %s, %d periods"),
            Map.entry("period", "Period %s: %s to %s"),
            Map.entry("findings", "%d open findings; overall score %s"),
            Map.entry("diff", "Since the period before: %d new, %d resolved, %d persisting (%d more severe)"),
            Map.entry("verified", "The previous plan, verified against this period: %d targets, %d met, %d partly met, %d not met, %d not measurable"),
            Map.entry("planEdited", "This period's plan, as the team edited it (plan.yaml): %d actions, %d targets"),
            Map.entry("planGenerated", "This period's plan, as generated: %d actions, %d targets"),
            Map.entry("trends", "Trends (%d)"),
            Map.entry("noTrends", "No metric worsened in each of the last periods, no breach persisted and no finding came back."),
            Map.entry("WORSENING", "worse each period"),
            Map.entry("PERSISTENT_BREACH", "breach persisting"),
            Map.entry("RECURRING", "came back after it was resolved"),
            Map.entry("absent", "absent"),
            Map.entry("next", "The next plan"),
            Map.entry("diffHeading", "ITSS findings from %s to %s against %s to %s"),
            Map.entry("added", "New"),
            Map.entry("resolved", "Resolved"),
            Map.entry("persisting", "Persisting"));

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("heading", "ITSS 持续改进循环：%s，共 %d 期"),
            Map.entry("period", "%s 期：%s 至 %s"),
            Map.entry("findings", "未关闭发现项 %d 个；总分 %s"),
            Map.entry("diff", "与上期相比：新增 %d，已解决 %d，持续存在 %d（其中加重 %d）"),
            Map.entry("verified", "以本期数据验证上期计划：共 %d 个目标，已达成 %d，部分达成 %d，未达成 %d，无法衡量 %d"),
            Map.entry("planEdited", "本期改进计划（团队编辑后的 plan.yaml）：%d 项措施，%d 个目标"),
            Map.entry("planGenerated", "本期改进计划（自动生成）：%d 项措施，%d 个目标"),
            Map.entry("trends", "趋势（%d 项）"),
            Map.entry("noTrends", "没有连续恶化的指标、持续存在的红线突破或再次出现的发现项。"),
            Map.entry("WORSENING", "连续恶化"),
            Map.entry("PERSISTENT_BREACH", "持续突破红线"),
            Map.entry("RECURRING", "解决后再次出现"),
            Map.entry("absent", "无"),
            Map.entry("next", "下期改进计划"),
            Map.entry("diffHeading", "ITSS 发现项对比：%s 至 %s 与 %s 至 %s"),
            Map.entry("added", "新增"),
            Map.entry("resolved", "已解决"),
            Map.entry("persisting", "持续存在"));
}

package dev.itss.report;

import dev.itss.check.Finding;
import dev.itss.history.AssessmentDiff;
import dev.itss.history.FindingRef;
import dev.itss.history.ImprovementCycle;
import dev.itss.history.Trends;
import dev.itss.improve.TargetStatus;
import dev.itss.measure.MetricCatalog;
import dev.itss.internal.Escape;
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

    /** The whole loop as text. */
    public String render(ImprovementCycle cycle) {
        return render(cycle, Format.TEXT);
    }

    /** The whole loop in a format. */
    public String render(ImprovementCycle cycle, Format format) {
        return format.render(page(cycle));
    }

    Page page(ImprovementCycle cycle) {
        ImprovementCycle.Step first = cycle.steps().get(0);
        Page page = new Page(String.format(words.get("heading"), Escape.inline(first.assessment().organisation().name()), cycle.steps().size()), language);
        for (int i = 0; i < cycle.steps().size(); i++) {
            ImprovementCycle.Step step = cycle.steps().get(i);
            page.heading(1, String.format(words.get("period"), Escape.inline(step.name()), step.assessment().period().start(), step.assessment().period().end()));
            List<Finding> open = step.assessment().openFindings();
            page.para(0, String.format(words.get("findings"), open.size(), step.assessment().scores().overall().map(AssessmentReport::number).orElse("—")));
            if (i > 0) {
                page.para(0, diffLine(cycle.diffs().get(i - 1)));
            }
            step.verification().ifPresent(v -> {
                Map<TargetStatus, Long> s = v.summary();
                page.para(0, String.format(words.get("verified"), v.controlTable().size(), s.get(TargetStatus.MET), s.get(TargetStatus.PARTIALLY_MET),
                        s.get(TargetStatus.NOT_MET), s.get(TargetStatus.NOT_MEASURABLE)));
                page.append(new VerificationReport(metrics, language).page(v), 2);
            });
            page.para(0, String.format(words.get(step.editedPlan().isPresent() ? "planEdited" : "planGenerated"),
                    step.plan().actions().size(), step.plan().targets().size()));
        }
        page.heading(1, String.format(words.get("trends"), cycle.trends().size()));
        if (cycle.trends().isEmpty()) {
            page.para(1, words.get("noTrends"));
        }
        PlanReport plans = new PlanReport(metrics, language);
        for (Trends.Trend trend : cycle.trends()) {
            StringBuilder line = new StringBuilder();
            line.append(words.get(trend.kind().name())).append(": ").append(plans.metricName(trend.metric())).append(" (")
                    .append(Texts.subjectName(trend.subject(), language)).append(')');
            trend.finding().ifPresent(f -> line.append(" ").append(f));
            line.append(" — ");
            for (int i = 0; i < trend.values().size(); i++) {
                Optional<Double> value = trend.values().get(i);
                line.append(i == 0 ? "" : " → ").append(value.map(v -> formatted(v, trend.metric())).orElse(words.get("absent")));
            }
            page.item(1, line.toString());
        }
        page.heading(1, words.get("next"));
        page.append(plans.page(cycle.nextPlan()), 2);
        return page;
    }

    /** The diff of two periods as text, with every finding listed. */
    public String render(AssessmentDiff diff) {
        return render(diff, Format.TEXT);
    }

    /** The diff of two periods in a format. */
    public String render(AssessmentDiff diff, Format format) {
        Page page = new Page(String.format(words.get("diffHeading"), diff.before().start(), diff.before().end(), diff.after().start(), diff.after().end()), language);
        page.lead(diffLine(diff));
        section(words.get("added"), diff.added(), page);
        section(words.get("resolved"), diff.resolved(), page);
        page.heading(2, words.get("persisting") + " (" + diff.persisting().size() + ")");
        for (AssessmentDiff.Persisting p : diff.persisting()) {
            String severity = AssessmentReport.severity(p.before().severity(), language)
                    + (p.before().severity() != p.after().severity() ? " → " + AssessmentReport.severity(p.after().severity(), language) : "");
            page.item(1, p.after().key() + " [" + severity + "]");
        }
        return format.render(page);
    }

    private void section(String title, List<FindingRef> findings, Page page) {
        page.heading(2, title + " (" + findings.size() + ")");
        findings.forEach(f -> page.item(1, f.key() + " [" + AssessmentReport.severity(f.severity(), language) + "]"));
    }

    private String diffLine(AssessmentDiff diff) {
        long worse = diff.persisting().stream().filter(AssessmentDiff.Persisting::worse).count();
        return String.format(words.get("diff"), diff.added().size(), diff.resolved().size(), diff.persisting().size(), worse);
    }

    /** A value formatted in its metric's unit. */
    private String formatted(double value, String metric) {
        return metrics.find(metric).map(m -> Texts.format(new dev.itss.measure.Evidence("value", value, m.unit()), language))
                .orElse(AssessmentReport.number(value));
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

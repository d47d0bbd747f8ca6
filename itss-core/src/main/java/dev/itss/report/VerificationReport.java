package dev.itss.report;

import dev.itss.improve.CauseAnalysis;
import dev.itss.improve.ControlRow;
import dev.itss.improve.ImplementationStatus;
import dev.itss.improve.ImprovementAction;
import dev.itss.improve.ImprovementPlan;
import dev.itss.improve.NewMeasure;
import dev.itss.improve.TargetStatus;
import dev.itss.improve.Verification;
import dev.itss.measure.Direction;
import dev.itss.measure.Evidence;
import dev.itss.measure.MetricCatalog;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The verification as the written statistical analysis and improvement report (ITSS I-3) for the
 * quality-management department and the leader in charge: the statistics of the targets and the
 * actions, the improvement control table (服务改进控制表), the cause of every target not met and
 * the new measures that carry into the next plan. English or Chinese.
 *
 * <pre>{@code
 * System.out.print(new VerificationReport(engine.metrics(), Language.ZH_CN).render(verification));
 * }</pre>
 */
@dev.itss.model.Covers({"I-3"})
public final class VerificationReport {
    private final Language language;
    private final Map<String, String> words;
    private final PlanReport plan;

    public VerificationReport(MetricCatalog metrics, Language language) {
        this.language = language;
        this.words = language == Language.ZH_CN ? ZH : EN;
        this.plan = new PlanReport(metrics, language);
    }

    /** The report, lines separated by {@code \n}. */
    public String render(Verification v) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(words.get("heading"), dev.itss.internal.Escape.inline(v.organisation().name()), v.planned().start(), v.planned().end(),
                v.verified().start(), v.verified().end())).append('\n');
        out.append(String.format(words.get("to"), ImprovementPlan.QUALITY_DEPARTMENT.in(language.locale()), v.accountable())).append('\n');

        out.append('\n').append("== ").append(words.get("statistics")).append('\n');
        Map<TargetStatus, Long> summary = v.summary();
        long total = v.controlTable().size();
        long measurable = total - summary.get(TargetStatus.NOT_MEASURABLE);
        StringBuilder counts = new StringBuilder();
        for (TargetStatus status : TargetStatus.values()) {
            counts.append(counts.length() == 0 ? "" : ", ").append(summary.get(status)).append(' ').append(status.label(language.locale()));
        }
        out.append("   ").append(String.format(words.get("targetStats"), total, counts,
                measurable == 0 ? "—" : Texts.percent((double) summary.get(TargetStatus.MET) / measurable))).append('\n');
        Map<ImplementationStatus, Long> done = new EnumMap<>(ImplementationStatus.class);
        v.actions().forEach(a -> done.merge(a.status(), 1L, Long::sum));
        long rejected = v.actions().stream().filter(a -> a.decision() == dev.itss.improve.Decision.REJECTED).count();
        StringBuilder actionCounts = new StringBuilder();
        done.forEach((status, n) -> actionCounts.append(actionCounts.length() == 0 ? "" : ", ").append(n).append(' ').append(plan.word(status.name())));
        out.append("   ").append(String.format(words.get("actionStats"), v.actions().size(), actionCounts, rejected)).append('\n');

        out.append('\n').append("== ").append(words.get("table")).append('\n');
        for (ControlRow row : v.controlTable()) {
            out.append(String.format("   [%s] %s", row.status().label(language.locale()), plan.metricName(row.metric())))
                    .append(" (").append(Texts.subjectName(row.subject(), language)).append(") — ")
                    .append(String.format(words.get("row"), value(row.baseline(), row), bound(row.targetValue(), row.direction(), row),
                            row.due(), row.finalStage() ? "" : words.get("intermediate"),
                            row.actual().map(a -> value(a, row)).orElse(words.get("noValue")), row.action(), dev.itss.internal.Escape.inline(row.ownerIn(language.locale()))));
            row.goal().ifPresent(g -> out.append(String.format(words.get("serves"), g)));
            out.append('\n');
            if (!row.measuredFrom().isEmpty()) {
                out.append("      ").append(words.get("measuredFrom")).append(String.join(", ",
                        row.measuredFrom().stream().map(e -> e.name() + " " + Texts.format(e, language)).toList())).append('\n');
            }
            if (!row.unavailableReason().isEmpty()) {
                out.append("      ").append(words.get("unavailable")).append(Texts.reason(row.unavailableReason(), language)).append('\n');
            }
            if (!row.stillOpen().isEmpty()) {
                out.append("      ").append(words.get("persisting")).append(String.join(", ", row.stillOpen())).append('\n');
            }
            row.actionEvidence().forEach(e -> out.append("      ").append(words.get("evidence")).append(dev.itss.internal.Escape.inline(e)).append('\n'));
        }

        out.append('\n').append("== ").append(words.get("actions")).append('\n');
        for (ImprovementAction a : v.actions()) {
            out.append(String.format("   %s %s — %s · %s", a.id(), a.title().in(language.locale()), plan.word(a.decision().name()), plan.word(a.status().name())));
            out.append(" · ").append(words.get("owner")).append(dev.itss.internal.Escape.inline(a.ownerIn(language.locale()))).append('\n');
            a.evidence().forEach(e -> out.append("      ").append(words.get("evidence")).append(dev.itss.internal.Escape.inline(e)).append('\n'));
        }

        out.append('\n').append("== ").append(String.format(words.get("causes"), v.causes().size())).append('\n');
        if (v.causes().isEmpty()) {
            out.append("   ").append(words.get("allMet")).append('\n');
        }
        for (CauseAnalysis cause : v.causes()) {
            ControlRow row = v.controlTable().stream().filter(r -> r.target().equals(cause.target())).findFirst().orElseThrow();
            out.append("   - ").append(plan.metricName(row.metric())).append(" (").append(Texts.subjectName(row.subject(), language)).append("), ")
                    .append(cause.status().label(language.locale())).append('\n');
            if (!cause.unavailableReason().isEmpty()) {
                out.append("      ").append(words.get("unavailable")).append(Texts.reason(cause.unavailableReason(), language)).append('\n');
            }
            if (!cause.persistingFindings().isEmpty()) {
                out.append("      ").append(words.get("persisting")).append(String.join(", ", cause.persistingFindings())).append('\n');
            }
            for (CauseAnalysis.MetricMove move : cause.wrongWay()) {
                out.append("      ").append(words.get("wrongWay")).append(plan.metricName(move.metric())).append(" (")
                        .append(Texts.subjectName(move.subject(), language)).append(") ")
                        .append(value(move.baseline(), row.unit())).append(" → ").append(value(move.actual(), row.unit())).append('\n');
            }
            for (CauseAnalysis.ActionState state : cause.actionsNotDone()) {
                out.append("      ").append(words.get("notDone")).append(state.action()).append(" (").append(plan.word(state.decision().name()))
                        .append(", ").append(plan.word(state.status().name())).append(")\n");
            }
            if (cause.persistingFindings().isEmpty() && cause.wrongWay().isEmpty() && cause.actionsNotDone().isEmpty() && cause.unavailableReason().isEmpty()) {
                out.append("      ").append(words.get("noCause")).append('\n');
            }
        }

        out.append('\n').append("== ").append(String.format(words.get("measures"), v.newMeasures().size())).append('\n');
        for (NewMeasure m : v.newMeasures()) {
            out.append("   - ").append(m.action()).append(' ').append(measureText(m, language)).append(": ")
                    .append(plan.targetLine(m.metric(), m.subject(), m.baseline(), m.unit(), m.direction(), m.stages())).append('\n');
        }
        return out.toString();
    }

    /** What a new measure asks for, in the language. */
    public static String measureText(NewMeasure measure, Language language) {
        return (language == Language.ZH_CN ? ZH : EN).get("measure." + measure.kind().name());
    }

    private String value(double v, ControlRow row) {
        return value(v, row.unit());
    }

    private String value(double v, dev.itss.measure.Unit unit) {
        return Texts.format(new Evidence("value", v, unit), language);
    }

    private String bound(double v, Direction direction, ControlRow row) {
        return String.format(plan.word(direction == Direction.HIGHER_IS_BETTER ? "atLeast" : "atMost"), value(v, row));
    }

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("heading", "ITSS improvement verification: %s, plan of %s to %s verified against %s to %s"),
            Map.entry("to", "To: %s; %s (leader in charge)"),
            Map.entry("statistics", "Statistical analysis"),
            Map.entry("targetStats", "%d targets: %s; %s of the measurable targets met"),
            Map.entry("actionStats", "%d actions: %s; %d rejected"),
            Map.entry("table", "Improvement control table"),
            Map.entry("row", "baseline %s, target %s by %s%s, actual %s; %s, owner %s"),
            Map.entry("intermediate", " (intermediate)"),
            Map.entry("noValue", "none"),
            Map.entry("serves", "; serves %s"),
            Map.entry("evidence", "evidence: "),
            Map.entry("measuredFrom", "measured from: "),
            Map.entry("actions", "Implementation of the actions"),
            Map.entry("owner", "owner "),
            Map.entry("causes", "Causes of the targets not met (%d)"),
            Map.entry("allMet", "Every target was met."),
            Map.entry("unavailable", "not measured: "),
            Map.entry("persisting", "findings persisting: "),
            Map.entry("wrongWay", "moved the wrong way: "),
            Map.entry("notDone", "action not done: "),
            Map.entry("noCause", "the action was done and no finding persists: the action did not move the metric enough; look for the root cause"),
            Map.entry("measures", "New measures for the next plan (%d)"),
            Map.entry("measure.CONTINUE", "continue the action toward the remaining target"),
            Map.entry("measure.ESCALATE", "done and still missed: find the root cause (problem management) and strengthen the action"),
            Map.entry("measure.MEASURE", "collect the data that measures the target"),
            Map.entry("measure.RECONSIDER", "the action was rejected: choose another action, or waive the finding with a reason"));

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("heading", "ITSS 服务改进验证：%s，%s 至 %s 的改进计划，以 %s 至 %s 的数据验证"),
            Map.entry("to", "报送：%s；%s（主管领导）"),
            Map.entry("statistics", "统计分析"),
            Map.entry("targetStats", "共 %d 个目标：%s；可衡量目标达成率 %s"),
            Map.entry("actionStats", "共 %d 项措施：%s；否决 %d 项"),
            Map.entry("table", "服务改进控制表"),
            Map.entry("row", "基线 %s，目标 %s（%s 前%s），实际 %s；措施 %s，负责人 %s"),
            Map.entry("intermediate", "，阶段目标"),
            Map.entry("noValue", "无"),
            Map.entry("serves", "；服务于 %s"),
            Map.entry("evidence", "依据："),
            Map.entry("measuredFrom", "计算依据："),
            Map.entry("actions", "改进措施实施情况"),
            Map.entry("owner", "负责人 "),
            Map.entry("causes", "未达成目标的原因分析（%d 项）"),
            Map.entry("allMet", "所有目标均已达成。"),
            Map.entry("unavailable", "无法衡量："),
            Map.entry("persisting", "仍存在的发现项："),
            Map.entry("wrongWay", "向不利方向变化："),
            Map.entry("notDone", "未完成的措施："),
            Map.entry("noCause", "措施已完成且无遗留发现项：措施对指标的改善不足，需查找根本原因"),
            Map.entry("measures", "转入下期计划的新措施（%d 项）"),
            Map.entry("measure.CONTINUE", "继续实施措施，完成剩余目标"),
            Map.entry("measure.ESCALATE", "措施已完成仍未达标：通过问题管理查找根本原因并加强措施"),
            Map.entry("measure.MEASURE", "采集衡量该目标所需的数据"),
            Map.entry("measure.RECONSIDER", "措施被否决：另选措施，或说明理由后豁免该发现项"));
}

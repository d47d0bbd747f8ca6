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
import dev.itss.internal.Escape;
import java.util.ArrayList;
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

    /** The report as text, lines separated by {@code \n}. */
    public String render(Verification v) {
        return render(v, Format.TEXT);
    }

    /** The report in a format. */
    public String render(Verification v, Format format) {
        return format.render(page(v));
    }

    Page page(Verification v) {
        Page page = new Page(String.format(words.get("heading"), Escape.inline(v.organisation().name()), v.planned().start(), v.planned().end(),
                v.verified().start(), v.verified().end()), language);
        page.lead(String.format(words.get("to"), ImprovementPlan.QUALITY_DEPARTMENT.in(language.locale()), Escape.inline(v.accountable())));

        page.heading(2, words.get("statistics"));
        Map<TargetStatus, Long> summary = v.summary();
        long total = v.controlTable().size();
        long measurable = total - summary.get(TargetStatus.NOT_MEASURABLE);
        StringBuilder counts = new StringBuilder();
        for (TargetStatus status : TargetStatus.values()) {
            counts.append(counts.length() == 0 ? "" : words.get("separator")).append(summary.get(status)).append(' ').append(status.label(language.locale()));
        }
        page.para(1, String.format(words.get("targetStats"), total, counts,
                measurable == 0 ? "—" : Texts.percent((double) summary.get(TargetStatus.MET) / measurable)));
        Map<ImplementationStatus, Long> done = new EnumMap<>(ImplementationStatus.class);
        v.actions().forEach(a -> done.merge(a.status(), 1L, Long::sum));
        long rejected = v.actions().stream().filter(a -> a.decision() == dev.itss.improve.Decision.REJECTED).count();
        StringBuilder actionCounts = new StringBuilder();
        done.forEach((status, n) -> actionCounts.append(actionCounts.length() == 0 ? "" : words.get("separator")).append(n).append(' ').append(plan.word(status.name())));
        page.para(1, String.format(words.get("actionStats"), v.actions().size(), actionCounts, rejected));

        page.heading(2, words.get("table"));
        List<Page.Grid.Row> rows = new ArrayList<>();
        for (ControlRow row : v.controlTable()) {
            rows.add(new Page.Grid.Row(List.of(cell(row.status().label(language.locale())),
                    cell(plan.metricName(row.metric()) + " (" + Texts.subjectName(row.subject(), language) + ")"),
                    number(value(row.baseline(), row)),
                    number(bound(row.targetValue(), row.direction(), row) + (row.finalStage() ? "" : words.get("intermediate"))),
                    cell(row.due().toString()),
                    number(row.actual().map(a -> value(a, row)).orElse("—")),
                    cell(row.action() + row.goal().map(g -> String.format(words.get("serves"), g)).orElse("")),
                    cell(Escape.inline(row.ownerIn(language.locale()))))));
        }
        page.table(new Page.Grid(1, null, List.of(cell(words.get("colStatus")), cell(words.get("colTarget")), number(words.get("colBaseline")),
                number(words.get("colGoal")), cell(words.get("colDue")), number(words.get("colActual")), cell(words.get("colAction")),
                cell(words.get("colOwner"))), rows, null));
        for (ControlRow row : v.controlTable()) {
            List<String> details = new ArrayList<>();
            if (!row.measuredFrom().isEmpty()) {
                details.add(words.get("measuredFrom") + String.join(", ", row.measuredFrom().stream().map(e -> e.name().equals("source") ? Texts.source(String.valueOf(e.value()), language)
                        : e.name() + "=" + Texts.format(e, language)).toList()));
            }
            if (!row.unavailableReason().isEmpty()) {
                details.add(words.get("unavailable") + Texts.reason(row.unavailableReason(), language));
            }
            if (!row.stillOpen().isEmpty()) {
                details.add(words.get("persisting") + String.join(", ", row.stillOpen()));
            }
            row.actionEvidence().forEach(e -> details.add(words.get("evidence") + Escape.inline(e)));
            if (!details.isEmpty()) {
                page.item(1, plan.metricName(row.metric()) + " (" + Texts.subjectName(row.subject(), language) + "): "
                        + String.join(words.get("detailSeparator"), details));
            }
        }

        page.heading(2, words.get("actions"));
        for (ImprovementAction a : v.actions()) {
            page.item(1, String.format("%s %s — %s · %s", a.id(), a.title().in(language.locale()), plan.word(a.decision().name()), plan.word(a.status().name()))
                    + " · " + words.get("owner") + Escape.inline(a.ownerIn(language.locale()))
                    + a.evidence().stream().map(e -> words.get("detailSeparator") + words.get("evidence") + Escape.inline(e)).collect(java.util.stream.Collectors.joining()));
        }

        page.heading(2, String.format(words.get("causes"), v.causes().size()));
        if (v.causes().isEmpty()) {
            page.para(1, words.get("allMet"));
        }
        for (CauseAnalysis cause : v.causes()) {
            ControlRow row = v.controlTable().stream().filter(r -> r.target().equals(cause.target())).findFirst().orElseThrow();
            page.heading(3, plan.metricName(row.metric()) + " (" + Texts.subjectName(row.subject(), language) + "), " + cause.status().label(language.locale()));
            if (!cause.unavailableReason().isEmpty()) {
                page.item(1, words.get("unavailable") + Texts.reason(cause.unavailableReason(), language));
            }
            if (!cause.persistingFindings().isEmpty()) {
                page.item(1, words.get("persisting") + String.join(", ", cause.persistingFindings()));
            }
            for (CauseAnalysis.MetricMove move : cause.wrongWay()) {
                page.item(1, words.get("wrongWay") + plan.metricName(move.metric()) + " (" + Texts.subjectName(move.subject(), language) + ") "
                        + value(move.baseline(), row.unit()) + " → " + value(move.actual(), row.unit()));
            }
            for (CauseAnalysis.ActionState state : cause.actionsNotDone()) {
                page.item(1, words.get("notDone") + state.action() + " (" + plan.word(state.decision().name()) + ", " + plan.word(state.status().name()) + ")");
            }
            if (cause.persistingFindings().isEmpty() && cause.wrongWay().isEmpty() && cause.actionsNotDone().isEmpty() && cause.unavailableReason().isEmpty()) {
                page.item(1, words.get("noCause"));
            }
        }

        page.heading(2, String.format(words.get("measures"), v.newMeasures().size()));
        for (NewMeasure m : v.newMeasures()) {
            page.item(1, m.action() + " " + measureText(m, language) + ": "
                    + plan.targetLine(m.metric(), m.subject(), m.baseline(), m.unit(), m.direction(), m.stages()));
        }
        return page;
    }

    private static Page.Cell cell(String text) {
        return new Page.Cell(text, false);
    }

    private static Page.Cell number(String text) {
        return new Page.Cell(text, true);
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
            Map.entry("intermediate", " (intermediate)"),
            Map.entry("separator", ", "),
            Map.entry("detailSeparator", "; "),
            Map.entry("colStatus", "Status"), Map.entry("colTarget", "Metric (subject)"), Map.entry("colBaseline", "Baseline"),
            Map.entry("colGoal", "Target"), Map.entry("colDue", "Due"), Map.entry("colActual", "Actual"), Map.entry("colAction", "Action"),
            Map.entry("colOwner", "Owner"),
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
            Map.entry("intermediate", "（阶段目标）"),
            Map.entry("separator", "，"),
            Map.entry("detailSeparator", "；"),
            Map.entry("colStatus", "状态"), Map.entry("colTarget", "指标（对象）"), Map.entry("colBaseline", "基线"),
            Map.entry("colGoal", "目标"), Map.entry("colDue", "完成日期"), Map.entry("colActual", "实际"), Map.entry("colAction", "措施"),
            Map.entry("colOwner", "负责人"),
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

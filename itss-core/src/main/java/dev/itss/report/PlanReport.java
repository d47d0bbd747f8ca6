package dev.itss.report;

import dev.itss.improve.ImprovementAction;
import dev.itss.improve.ImprovementPlan;
import dev.itss.improve.ImprovementStrategy;
import dev.itss.improve.Milestone;
import dev.itss.improve.NewMeasure;
import dev.itss.improve.PlanTarget;
import dev.itss.improve.Stakeholder;
import dev.itss.improve.TargetStage;
import dev.itss.measure.Direction;
import dev.itss.measure.Evidence;
import dev.itss.measure.MetricCatalog;
import dev.itss.model.Element;
import dev.itss.internal.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The improvement plan as text for people, in English or Chinese: goal and motivation, scope, the
 * scheme of each element with its actions and their targets, stakeholders and milestones.
 *
 * <pre>{@code
 * System.out.print(new PlanReport(engine.metrics(), Language.ZH_CN).render(plan));
 * }</pre>
 */
public final class PlanReport {
    /** Targets listed under an action in the assessment report before "and N more". */
    static final int MAX_TARGETS_SHOWN = 4;

    private final MetricCatalog metrics;
    private final Language language;
    private final Map<String, String> words;

    public PlanReport(MetricCatalog metrics, Language language) {
        this.metrics = metrics;
        this.language = language;
        this.words = language == Language.ZH_CN ? ZH : EN;
    }

    /** The whole plan as text, lines separated by {@code \n}. */
    public String render(ImprovementPlan plan) {
        return render(plan, Format.TEXT);
    }

    /** The whole plan in a format. */
    public String render(ImprovementPlan plan, Format format) {
        return format.render(page(plan));
    }

    Page page(ImprovementPlan plan) {
        Page page = new Page(String.format(words.get("heading"), Escape.inline(plan.organisation().name()), plan.period().start(), plan.period().end()), language);
        page.heading(2, words.get("goal"));
        plan.statement().ifPresent(s -> page.para(1, Escape.inline(s)));
        for (ImprovementStrategy.Goal goal : plan.goals()) {
            page.para(1, Escape.inline(goal.id()) + " " + Escape.inline(goal.title()) + " — " + words.get("because") + Escape.inline(goal.reason()));
        }
        if (plan.statement().isEmpty() && plan.goals().isEmpty()) {
            page.para(1, words.get("noStrategy"));
        }
        page.heading(2, words.get("scope"));
        long findings = plan.actions().stream().flatMap(a -> a.findings().stream()).distinct().count();
        page.para(1, String.format(words.get("scopeLine"), plan.actions().size(), findings, plan.targets().size(),
                String.join(", ", plan.scope().stream().map(this::element).toList()), plan.nextPeriod().start(), plan.nextPeriod().end()));
        for (Element element : plan.scope()) {
            page.heading(2, String.format(words.get("scheme"), element(element)));
            for (ImprovementAction action : plan.scheme(element)) {
                action(plan, action, Integer.MAX_VALUE, page);
            }
        }
        if (!plan.carried().isEmpty()) {
            page.heading(2, String.format(words.get("carried"), plan.carried().size()));
            for (NewMeasure measure : plan.carried()) {
                page.item(1, measure.action() + " " + VerificationReport.measureText(measure, language) + ": "
                        + targetLine(measure.metric(), measure.subject(), measure.baseline(), measure.unit(), measure.direction(), measure.stages()));
            }
        }
        page.heading(2, words.get("stakeholders"));
        for (Stakeholder s : plan.stakeholders()) {
            page.para(1, words.get(s.duty().name()) + ": " + Escape.inline(s.name()) + (s.actions().isEmpty() ? "" : " (" + String.join(", ", s.actions()) + ")"));
        }
        page.heading(2, words.get("milestones"));
        List<Page.Grid.Row> rows = new ArrayList<>();
        for (Milestone m : plan.milestones()) {
            rows.add(new Page.Grid.Row(List.of(new Page.Cell(m.date().toString(), false),
                    new Page.Cell(words.get(m.kind().name()) + (m.targets().isEmpty() ? "" : String.format(words.get("targetCount"), m.targets().size())), false),
                    new Page.Cell(m.actions().isEmpty() ? "—" : String.join(", ", m.actions()), false))));
        }
        page.table(new Page.Grid(1, null, List.of(new Page.Cell(words.get("colDate"), false), new Page.Cell(words.get("colMilestone"), false),
                new Page.Cell(words.get("colActions"), false)), rows, null));
        return page;
    }

    /** The plan's actions as the assessment report shows them: rank order, a few targets each. */
    void appendActions(ImprovementPlan plan, Page page) {
        if (plan.actions().isEmpty()) {
            return;
        }
        page.heading(2, String.format(words.get("plan"), plan.actions().size()));
        for (ImprovementAction action : plan.actions()) {
            action(plan, action, MAX_TARGETS_SHOWN, page);
        }
    }

    private void action(ImprovementPlan plan, ImprovementAction action, int maxTargets, Page page) {
        page.heading(3, String.format("%d. %s %s — %s %s · %s %s · %s %s", action.rank(), action.id(), action.title().in(language.locale()),
                words.get("severity"), AssessmentReport.severity(action.severity(), language), words.get("effort"), words.get(action.effort().name()),
                words.get("owner"), Escape.inline(action.ownerIn(language.locale()))));
        if (!action.findings().isEmpty()) {
            String elements = String.join(", ", action.elements().stream().map(this::element).toList());
            page.para(1, String.format(words.get("addresses"), action.findings().size(), elements, String.join(", ", action.ruleIds())));
        }
        page.para(1, words.get("do"), action.description().in(language.locale()));
        StringBuilder state = new StringBuilder();
        state.append(words.get(action.decision().name())).append(" · ").append(words.get(action.status().name()));
        action.due().ifPresent(d -> state.append(" · ").append(words.get("due")).append(d));
        action.budget().ifPresent(b -> state.append(" · ").append(words.get("budget")).append(AssessmentReport.number(b)).append(' ').append(Escape.inline(plan.currency())));
        boolean edited = action.decision() != dev.itss.improve.Decision.PROPOSED || action.status() != dev.itss.improve.ImplementationStatus.NOT_STARTED
                || action.owner().isPresent() || action.budget().isPresent();
        if (edited || maxTargets == Integer.MAX_VALUE) {   // the assessment's own plan is all proposed: say so once, in its heading
            page.para(1, state.toString());
        }
        action.evidence().forEach(e -> page.para(1, words.get("evidence"), Escape.inline(e)));
        List<PlanTarget> targets = plan.targetsOf(action.id());
        if (!targets.isEmpty()) {
            page.para(1, words.get("targets"), "");
            int shown = 0;
            for (PlanTarget target : targets) {
                if (shown++ == maxTargets) {
                    page.para(2, String.format(words.get("more"), targets.size() - maxTargets));
                    break;
                }
                page.item(2, targetLine(target.metric(), target.subject(), target.baseline(), target.unit(), target.direction(), target.stages())
                        + target.goal().map(g -> String.format(words.get("serves"), g)).orElse(""));
            }
        }
    }

    /** "Metric (subject) baseline → at least X by date; at least Y by date". */
    String targetLine(String metric, dev.itss.model.Subject subject, double baseline, dev.itss.measure.Unit unit, Direction direction, List<TargetStage> stages) {
        StringBuilder line = new StringBuilder();
        line.append(metricName(metric)).append(" (").append(Texts.subjectName(subject, language)).append(") ")
                .append(Texts.format(new Evidence("baseline", baseline, unit), language)).append(" → ");
        for (int i = 0; i < stages.size(); i++) {
            TargetStage stage = stages.get(i);
            line.append(i == 0 ? "" : "; ").append(String.format(words.get(direction == Direction.HIGHER_IS_BETTER ? "atLeast" : "atMost"),
                    Texts.format(new Evidence("target", stage.value(), unit), language))).append(String.format(words.get("by"), stage.due()));
            if (!stage.isFinal()) {
                line.append(words.get("intermediate"));
            }
        }
        return line.toString();
    }

    /** A word of the plan's vocabulary (decisions, statuses, efforts, bounds) in the report language; the verification uses the same. */
    String word(String key) {
        return words.get(key);
    }

    String metricName(String metric) {
        return metrics.find(metric).map(m -> m.name().in(language.locale())).orElse(metric);
    }

    private String element(Element element) {
        return Texts.element(element, language);
    }

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("heading", "ITSS improvement plan: %s, answering %s to %s"),
            Map.entry("goal", "Goal and motivation"),
            Map.entry("because", "because "),
            Map.entry("noStrategy", "No strategy given: the targets are the policy's bands (itss plan --strategy FILE names the business goals)."),
            Map.entry("scope", "Scope"),
            Map.entry("scopeLine", "%d actions answer %d findings with %d targets, in %s; verified against %s to %s."),
            Map.entry("scheme", "Scheme: %s"),
            Map.entry("carried", "Measures carried from the last verification (%d)"),
            Map.entry("stakeholders", "Stakeholders"),
            Map.entry("milestones", "Milestones"),
            Map.entry("targetCount", " (%d targets)"),
            Map.entry("plan", "Improvement plan (%d actions, most severe first)"),
            Map.entry("severity", "answers"),
            Map.entry("effort", "effort"),
            Map.entry("owner", "owner"),
            Map.entry("addresses", "Addresses %d finding(s) in %s: %s"),
            Map.entry("do", "Do: "),
            Map.entry("due", "due "),
            Map.entry("budget", "budget "),
            Map.entry("evidence", "Evidence: "),
            Map.entry("targets", "Targets:"),
            Map.entry("more", "... and %d more (see itss plan)"),
            Map.entry("atLeast", "at least %s"),
            Map.entry("atMost", "at most %s"),
            Map.entry("by", " by %s"),
            Map.entry("intermediate", " (intermediate)"),
            Map.entry("serves", " — serves %s"),
            Map.entry("LOW", "low"), Map.entry("MEDIUM", "medium"), Map.entry("HIGH", "high"),
            Map.entry("PROPOSED", "proposed"), Map.entry("ACCEPTED", "accepted"), Map.entry("REJECTED", "rejected"),
            Map.entry("NOT_STARTED", "not started"), Map.entry("IN_PROGRESS", "in progress"), Map.entry("DONE", "done"), Map.entry("ABANDONED", "abandoned"),
            Map.entry("RESPONSIBLE", "Responsible"), Map.entry("ACCOUNTABLE", "Accountable"), Map.entry("CONSULTED", "Consulted"), Map.entry("INFORMED", "Informed"),
            Map.entry("INTERMEDIATE_TARGETS", "intermediate targets due"), Map.entry("FINAL_TARGETS", "final targets and actions due"),
            Map.entry("VERIFICATION", "verification against the period's data (itss verify)"),
            Map.entry("colDate", "Date"), Map.entry("colMilestone", "Milestone"), Map.entry("colActions", "Actions"));

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("heading", "ITSS 服务改进计划：%s，针对 %s 至 %s 的评估"),
            Map.entry("goal", "改进目标与动机"),
            Map.entry("because", "理由："),
            Map.entry("noStrategy", "未提供改进策略：目标取自策略中的指标界限（itss plan --strategy FILE 可指定业务目标）。"),
            Map.entry("scope", "改进范围"),
            Map.entry("scopeLine", "%d 项措施，针对 %d 个发现项，共 %d 个目标，涉及%s；以 %s 至 %s 的数据验证。"),
            Map.entry("scheme", "改进方案：%s"),
            Map.entry("carried", "上次验证转入的措施（%d 项）"),
            Map.entry("stakeholders", "相关方及职责"),
            Map.entry("milestones", "里程碑"),
            Map.entry("targetCount", "（%d 个目标）"),
            Map.entry("plan", "改进计划（%d 项措施，按严重程度排序）"),
            Map.entry("severity", "针对"),
            Map.entry("effort", "投入"),
            Map.entry("owner", "负责人"),
            Map.entry("addresses", "针对 %d 个发现项，涉及 %s：%s"),
            Map.entry("do", "措施："),
            Map.entry("due", "完成日期 "),
            Map.entry("budget", "预算 "),
            Map.entry("evidence", "证据："),
            Map.entry("targets", "目标："),
            Map.entry("more", "……另有 %d 项（见 itss plan）"),
            Map.entry("atLeast", "不低于 %s"),
            Map.entry("atMost", "不高于 %s"),
            Map.entry("by", "（%s 前）"),
            Map.entry("intermediate", "（阶段目标）"),
            Map.entry("serves", " — 服务于 %s"),
            Map.entry("LOW", "低"), Map.entry("MEDIUM", "中"), Map.entry("HIGH", "高"),
            Map.entry("PROPOSED", "待决定"), Map.entry("ACCEPTED", "已批准"), Map.entry("REJECTED", "已否决"),
            Map.entry("NOT_STARTED", "未开始"), Map.entry("IN_PROGRESS", "进行中"), Map.entry("DONE", "已完成"), Map.entry("ABANDONED", "已中止"),
            Map.entry("RESPONSIBLE", "执行（R）"), Map.entry("ACCOUNTABLE", "批准（A）"), Map.entry("CONSULTED", "咨询（C）"), Map.entry("INFORMED", "知会（I）"),
            Map.entry("INTERMEDIATE_TARGETS", "阶段目标到期"), Map.entry("FINAL_TARGETS", "最终目标及措施到期"),
            Map.entry("VERIFICATION", "以本期数据验证改进计划（itss verify）"),
            Map.entry("colDate", "日期"), Map.entry("colMilestone", "里程碑"), Map.entry("colActions", "措施"));
}

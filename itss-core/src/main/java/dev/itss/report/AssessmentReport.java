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
import dev.itss.history.ImprovementCycle;
import dev.itss.improve.ImprovementAction;
import dev.itss.improve.TargetStatus;
import dev.itss.internal.Escape;
import dev.itss.measure.Evidence;
import dev.itss.measure.Measurement;
import dev.itss.policy.Policy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assessment report for an operations manager, as text, Markdown or HTML. A first page that
 * reads in a minute: the summary and scores, the few things to act on first with the chain of
 * findings behind each, and the plan's top actions with owners and dates. Then (HTML: as charts;
 * Markdown: as tables) the score per element and the findings by severity and element, and, when
 * the report is given the history of the loop ({@link #withHistory}), the KPI trends with the
 * policy's bands and the control table's status. Then per element each rule that found something
 * (highest severity first) with why it matters, one line per subject saying what was observed
 * against what was expected, and what to do; the rules that could not judge for lack of data; the
 * waivers; the plan.
 *
 * <pre>{@code
 * String text = new AssessmentReport(engine.rules(), Language.ZH_CN).render(assessment);
 * String html = new AssessmentReport(engine.rules(), Language.EN).render(assessment, Format.HTML);
 * }</pre>
 */
@dev.itss.model.Covers({"S-6"})
public final class AssessmentReport {
    /** The things to act on first: at most this many. */
    static final int ACT_FIRST = 5;
    /** Findings listed behind a thing to act on before "and N more". */
    static final int CHAIN_SHOWN = 6;
    /** The plan's actions on the first page. */
    static final int TOP_ACTIONS = 5;
    /** KPI trend charts drawn at most. */
    static final int TREND_CHARTS = 6;

    private final RuleCatalog rules;
    private final Language language;
    private final Map<String, String> words;
    private final Optional<History> history;

    public AssessmentReport(RuleCatalog rules, Language language) {
        this(rules, language, Optional.empty());
    }

    private AssessmentReport(RuleCatalog rules, Language language, Optional<History> history) {
        this.rules = rules;
        this.language = language;
        this.words = language == Language.ZH_CN ? ZH : EN;
        this.history = history;
    }

    /**
     * The report with the loop behind the assessment: its periods give the KPI trends, drawn against
     * the policy's bands, and the last verification gives the control table's status.
     *
     * <pre>{@code
     * ImprovementCycle loop = ImprovementCycle.run(engine, History.read(folder), Locale.ENGLISH);
     * String html = new AssessmentReport(engine.rules(), Language.EN).withHistory(loop, engine.metrics(), policy).render(assessment, Format.HTML);
     * }</pre>
     */
    public AssessmentReport withHistory(ImprovementCycle cycle, MetricCatalog metrics, Policy policy) {
        return new AssessmentReport(rules, language, Optional.of(new History(cycle, metrics, policy)));
    }

    private record History(ImprovementCycle cycle, MetricCatalog metrics, Policy policy) {}

    /** The report as text, lines separated by {@code \n}. */
    public String render(Assessment assessment) {
        return render(assessment, Format.TEXT);
    }

    /** The report in a format. */
    public String render(Assessment assessment, Format format) {
        return format.render(page(assessment));
    }

    Page page(Assessment assessment) {
        Page page = new Page(String.format(words.get("heading"), Escape.inline(assessment.organisation().name()),
                assessment.period().start(), assessment.period().end()), language);
        List<Finding> findings = assessment.findings().findings();
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        findings.forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
        StringBuilder counts = new StringBuilder();
        for (Severity severity : SEVERITIES) {
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
        page.lead(String.format(words.get("summary"), findings.size(), counts.length() == 0 ? "—" : counts,
                assessment.findings().notAvailable().size()));
        page.lead(scores(assessment.scores()));

        actFirst(assessment, page);
        topActions(assessment, page);
        page.pageBreak();
        charts(assessment, page);

        // the cross-element findings open the details: they tell how the element problems connect
        List<Finding> across = findings.stream().filter(this::crossElement).toList();
        if (!across.isEmpty()) {
            page.heading(2, words.get("across") + String.format(words.get("count"), across.size()));
            rules(across, page);
        }
        for (Element element : Element.values()) {
            List<Finding> ofElement = assessment.findings().of(element).stream().filter(f -> !crossElement(f)).toList();
            if (ofElement.isEmpty() && element == Element.SUPERVISION) {
                continue;
            }
            page.heading(2, elementName(element) + String.format(words.get("count"), ofElement.size()));
            if (ofElement.isEmpty()) {
                page.para(1, words.get("none"));
            }
            rules(ofElement, page);
        }
        List<NotAvailable> missing = assessment.findings().notAvailable();
        if (!missing.isEmpty()) {
            page.heading(2, words.get("notAvailable") + String.format(words.get("count"), missing.size()));
            for (NotAvailable n : missing) {
                page.para(1, String.format(words.get("notAvailableLine"), n.ruleId(), rules.text(n.ruleId(), language.locale()).title(),
                        Texts.subjectName(n.subject(), language), Texts.reason(n.reason(), language)));
            }
        }
        waivers(assessment, page);
        new PlanReport(MetricCatalog.standard(), language).appendActions(assessment.plan(), page);
        return page;
    }

    /**
     * The things to act on first: the most severe open findings, a finding that joins elements
     * before one that does not, each with the chain behind it (the other findings about its subject
     * and the entities it names) and the plan's action that answers it. A finding already in an
     * earlier chain is not a thing of its own.
     */
    private void actFirst(Assessment assessment, Page page) {
        List<Finding> open = assessment.openFindings();
        if (open.isEmpty()) {
            return;
        }
        // the findings about each entity, once: a chain is a few look-ups, not a pass over every finding
        Map<dev.itss.model.Subject, List<Finding>> bySubject = new java.util.HashMap<>();
        Map<String, Integer> position = new java.util.HashMap<>();
        for (Finding f : open) {
            bySubject.computeIfAbsent(f.subject(), s -> new ArrayList<>()).add(f);
            position.putIfAbsent(f.key(), position.size());
        }
        Map<String, List<Finding>> chains = new java.util.HashMap<>();
        java.util.function.Function<Finding, List<Finding>> chainOf = f -> chains.computeIfAbsent(f.key(), k -> chain(f, bySubject, position));
        List<Finding> ranked = open.stream().sorted(Comparator.comparing((Finding f) -> f.severity()).reversed()
                .thenComparing(f -> !crossElement(f)).thenComparing(f -> -chainOf.apply(f).size())).toList();
        Set<String> shown = new HashSet<>();
        List<Finding> things = new ArrayList<>();
        for (Finding finding : ranked) {
            if (things.size() == ACT_FIRST || finding.severity().compareTo(Severity.MEDIUM) < 0 && things.size() >= 3) {
                break;
            }
            if (shown.add(finding.key())) {
                things.add(finding);
                chainOf.apply(finding).forEach(f -> shown.add(f.key()));
            }
        }
        page.heading(2, String.format(words.get("actFirst"), things.size()));
        for (Finding thing : things) {
            RuleText text = rules.text(thing.ruleId(), language.locale());
            page.heading(3, thing.ruleId() + " " + text.title() + " — " + Texts.subjectName(thing.subject(), language),
                    Page.Badge.severity(thing.severity(), language));
            page.para(1, Texts.fill(text.message(), thing, language));
            List<Finding> chain = chainOf.apply(thing);
            if (!chain.isEmpty()) {
                page.para(1, words.get("chain"), "");
                for (Finding behind : chain.subList(0, Math.min(CHAIN_SHOWN, chain.size()))) {
                    page.item(1, behind.ruleId() + " " + rules.text(behind.ruleId(), language.locale()).title() + " — "
                            + Texts.subjectName(behind.subject(), language), Page.Badge.severity(behind.severity(), language));
                }
                if (chain.size() > CHAIN_SHOWN) {
                    page.item(1, String.format(words.get("moreChain"), chain.size() - CHAIN_SHOWN));
                }
            }
            assessment.plan().actions().stream().filter(a -> a.findings().contains(thing.key())).findFirst().ifPresent(action ->
                    page.para(1, words.get("answeredBy"), action.id() + " " + action.title().in(language.locale()) + " · "
                            + words.get("owner") + Escape.inline(action.ownerIn(language.locale())) + " · " + words.get("due") + date(action)));
        }
    }

    /**
     * The other open findings about the entities the finding names (its subject and the related
     * ones of its justification), most severe first. The organisation itself and its desk, store
     * and knowledge base are the subject of most aggregate findings, so they link nothing.
     */
    private static List<Finding> chain(Finding finding, Map<dev.itss.model.Subject, List<Finding>> bySubject, Map<String, Integer> position) {
        Set<dev.itss.model.Subject> subjects = new java.util.LinkedHashSet<>(finding.justification().related());
        subjects.add(finding.subject());
        subjects.removeIf(AssessmentReport::organisationWide);
        // in the order of the assessment's findings, then the most severe first (a stable sort)
        return subjects.stream().flatMap(s -> bySubject.getOrDefault(s, List.of()).stream())
                .filter(f -> !f.key().equals(finding.key()) && !f.ruleId().equals(finding.ruleId())).distinct()
                .sorted(Comparator.comparing((Finding f) -> position.get(f.key()))).sorted(Comparator.comparing(Finding::severity).reversed()).toList();
    }

    /** The plan's first actions, with owner, date and what each answers. */
    private void topActions(Assessment assessment, Page page) {
        List<ImprovementAction> actions = assessment.plan().actions();
        if (actions.isEmpty()) {
            return;
        }
        List<Page.Grid.Row> rows = new ArrayList<>();
        for (ImprovementAction action : actions.subList(0, Math.min(TOP_ACTIONS, actions.size()))) {
            rows.add(new Page.Grid.Row(List.of(new Page.Cell(Integer.toString(action.rank()), true),
                    new Page.Cell(action.id() + " " + action.title().in(language.locale()), false),
                    new Page.Cell(severity(action.severity()), false),
                    new Page.Cell(Escape.inline(action.ownerIn(language.locale())), false),
                    new Page.Cell(date(action), false))));
        }
        page.heading(2, String.format(words.get("topActions"), rows.size(), actions.size()));
        page.table(new Page.Grid(1, null, List.of(new Page.Cell("#", true), new Page.Cell(words.get("colAction"), false),
                new Page.Cell(words.get("colAnswers"), false), new Page.Cell(words.get("colOwner"), false), new Page.Cell(words.get("colDue"), false)),
                rows, actions.size() > rows.size() ? String.format(words.get("moreActions"), actions.size() - rows.size()) : null));
    }

    /** The action's due date (the plan gives each the date its last target is due), else "—". */
    private static String date(ImprovementAction action) {
        return action.due().map(Object::toString).orElse("—");
    }

    /** Score per element and findings by severity and element; with the loop's history, the KPI trends and the control table's status. */
    private void charts(Assessment assessment, Page page) {
        List<Charts.Bar> scoreBars = new ArrayList<>();
        List<Page.Grid.Row> scoreRows = new ArrayList<>();
        for (Scorecard.ElementScore score : assessment.scores().elements()) {
            String name = Texts.element(score.element(), language);
            scoreBars.add(new Charts.Bar(name, List.of(new Charts.Part(score.score(), "score", name + ": " + number(score.score())))));
            scoreRows.add(new Page.Grid.Row(List.of(new Page.Cell(name, false), new Page.Cell(number(score.score()), true))));
        }
        String scoreTitle = words.get("chartScores");
        page.heading(2, words.get("overview"));
        page.chart(new Page.Chart(scoreTitle, Charts.bars(scoreTitle, scoreBars, 100, AssessmentReport::number),
                new Page.Grid(0, scoreTitle, List.of(new Page.Cell(words.get("colElement"), false), new Page.Cell(words.get("colScore"), true)), scoreRows, null)));

        List<Charts.Bar> findingBars = new ArrayList<>();
        List<Page.Grid.Row> findingRows = new ArrayList<>();
        List<Page.Cell> head = new ArrayList<>();
        head.add(new Page.Cell(words.get("colElement"), false));
        SEVERITIES.forEach(s -> head.add(new Page.Cell(severity(s), true)));
        for (Element element : Element.values()) {
            List<Finding> ofElement = assessment.findings().of(element);
            if (ofElement.isEmpty() && element == Element.SUPERVISION) {
                continue;
            }
            String name = Texts.element(element, language);
            List<Charts.Part> parts = new ArrayList<>();
            List<Page.Cell> cells = new ArrayList<>();
            cells.add(new Page.Cell(name, false));
            for (Severity severity : SEVERITIES) {
                long n = ofElement.stream().filter(f -> f.severity() == severity).count();
                parts.add(new Charts.Part(n, severity.name().toLowerCase(Locale.ROOT), name + " · " + severity(severity) + ": " + n));
                cells.add(new Page.Cell(Long.toString(n), true));
            }
            findingBars.add(new Charts.Bar(name, parts));
            findingRows.add(new Page.Grid.Row(cells));
        }
        String findingTitle = words.get("chartFindings");
        List<Charts.Key> legend = SEVERITIES.stream().map(s -> new Charts.Key(severity(s), s.name().toLowerCase(Locale.ROOT))).toList();
        page.chart(new Page.Chart(findingTitle, Charts.bars(findingTitle, findingBars, 0, v -> Long.toString((long) v), legend),
                new Page.Grid(0, findingTitle, head, findingRows, null)));
        history.ifPresent(h -> {
            trends(h, page);
            controlTable(h, page);
        });
    }

    /**
     * The KPI trends: the organisation-wide metrics the loop flags as trends first, then those with
     * an open finding in the last period, each over the loop's periods with the policy's band.
     */
    private void trends(History h, Page page) {
        List<ImprovementCycle.Step> steps = h.cycle().steps();
        ImprovementCycle.Step lastStep = steps.get(steps.size() - 1);
        // (metric, subject) pairs of the whole organisation, in the order they are drawn
        Set<Map.Entry<String, dev.itss.model.Subject>> series = new LinkedHashSet<>();
        h.cycle().trends().stream().filter(t -> organisationWide(t.subject())).forEach(t -> series.add(Map.entry(t.metric(), t.subject())));
        lastStep.assessment().openFindings().stream().filter(f -> organisationWide(f.subject()) && !f.metric().isEmpty())
                .forEach(f -> series.add(Map.entry(f.metric(), f.subject())));
        List<String> periods = steps.stream().map(ImprovementCycle.Step::name).map(Escape::inline).toList();
        List<Page.Cell> head = new ArrayList<>();
        head.add(new Page.Cell(words.get("colMetric"), false));
        periods.forEach(p -> head.add(new Page.Cell(p, true)));
        head.add(new Page.Cell(words.get("colTarget"), true));
        head.add(new Page.Cell(words.get("colBreach"), true));
        List<Page.Grid.Row> rows = new ArrayList<>();
        List<Page.Chart> charts = new ArrayList<>();
        for (Map.Entry<String, dev.itss.model.Subject> one : series) {
            String metric = one.getKey();
            Optional<dev.itss.measure.MetricDefinition> definition = h.metrics().find(metric);
            if (definition.isEmpty() || charts.size() == TREND_CHARTS) {
                continue;
            }
            dev.itss.measure.Unit unit = definition.get().unit();
            java.util.function.DoubleFunction<String> format = v -> Texts.format(new Evidence("value", v, unit), language);
            List<Optional<Double>> values = steps.stream().map(s -> s.assessment().measurements().of(metric, one.getValue())
                    .filter(Measurement::available).map(Measurement::value)).toList();
            if (values.stream().filter(Optional::isPresent).count() < 2) {
                continue;   // a trend needs two measured periods
            }
            Optional<dev.itss.policy.Band> band = h.policy().band(metric);
            String name = definition.get().name().in(language.locale());
            charts.add(new Page.Chart(name, Charts.trend(name, periods, values, band.map(dev.itss.policy.Band::warning), band.map(dev.itss.policy.Band::breach), format), null));
            List<Page.Cell> cells = new ArrayList<>();
            cells.add(new Page.Cell(name, false));
            values.forEach(v -> cells.add(new Page.Cell(v.map(format::apply).orElse("—"), true)));
            cells.add(new Page.Cell(band.map(b -> format.apply(b.warning())).orElse("—"), true));
            cells.add(new Page.Cell(band.map(b -> format.apply(b.breach())).orElse("—"), true));
            rows.add(new Page.Grid.Row(cells));
        }
        if (charts.isEmpty()) {
            return;
        }
        String title = String.format(words.get("chartTrends"), periods.size());
        page.heading(3, title);
        // the charts draw the table's rows; Markdown shows the table once, after the last chart
        for (int i = 0; i < charts.size(); i++) {
            Page.Chart chart = charts.get(i);
            page.chart(new Page.Chart(chart.chartTitle(), chart.svg(), i == charts.size() - 1 ? new Page.Grid(0, null, head, rows, null) : null));
        }
    }

    /** The status of the last verified control table. */
    private void controlTable(History h, Page page) {
        List<ImprovementCycle.Step> steps = h.cycle().steps();
        Optional<dev.itss.improve.Verification> last = steps.get(steps.size() - 1).verification();
        if (last.isEmpty()) {
            return;
        }
        Map<TargetStatus, Long> summary = last.get().summary();
        List<Charts.Bar> bars = new ArrayList<>();
        List<Page.Grid.Row> rows = new ArrayList<>();
        for (TargetStatus status : TargetStatus.values()) {
            String label = status.label(language.locale());
            long n = summary.getOrDefault(status, 0L);
            bars.add(new Charts.Bar(label, List.of(new Charts.Part(n, STATUS_TONES.get(status), label + ": " + n))));
            rows.add(new Page.Grid.Row(List.of(new Page.Cell(label, false), new Page.Cell(Long.toString(n), true))));
        }
        String title = String.format(words.get("chartControl"), Escape.inline(steps.get(steps.size() - 1).name()), last.get().controlTable().size());
        page.chart(new Page.Chart(title, Charts.bars(title, bars, 0, v -> Long.toString((long) v)),
                new Page.Grid(0, title, List.of(new Page.Cell(words.get("colStatus"), false), new Page.Cell(words.get("colTargets"), true)), rows, null)));
    }

    private static final Map<TargetStatus, String> STATUS_TONES = new EnumMap<>(Map.of(TargetStatus.MET, "met", TargetStatus.PARTIALLY_MET, "partly",
            TargetStatus.NOT_MET, "notmet", TargetStatus.NOT_MEASURABLE, "unmeasured"));

    private static boolean organisationWide(dev.itss.model.Subject subject) {
        return dev.itss.measure.Subjects.ORGANISATION_WIDE.contains(subject.kind());
    }

    private static final List<Severity> SEVERITIES = List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO);

    /** Whether the finding's rule joins links across elements ({@code @joins}). */
    private boolean crossElement(Finding finding) {
        return rules.find(finding.ruleId()).map(dev.itss.check.RuleDescriptor::crossElement).orElse(false);
    }

    /** The findings grouped under one heading per rule, in the order given. */
    private void rules(List<Finding> findings, Page page) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        findings.forEach(f -> byRule.computeIfAbsent(f.ruleId(), id -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            List<Finding> ruleFindings = rule.getValue();
            Finding first = ruleFindings.get(0);
            RuleText text = rules.text(rule.getKey(), language.locale());
            page.heading(3, rule.getKey() + " " + text.title() + String.format(words.get("count"), ruleFindings.size()),
                    Page.Badge.severity(first.severity(), language));
            if (!text.motivation().isEmpty()) {
                page.para(1, words.get("why"), Texts.fill(text.motivation(), first, language));
            }
            // several findings of one rule whose message does not name its subject: say whose each is
            boolean nameSubjects = ruleFindings.size() > 1 && !text.message().contains("{subject}")
                    && ruleFindings.stream().map(Finding::subject).distinct().count() > 1;
            for (Finding finding : ruleFindings) {
                StringBuilder line = new StringBuilder();
                if (finding.waived()) {
                    line.append(words.get("waived"));
                }
                if (nameSubjects) {
                    line.append(Texts.subjectName(finding.subject(), language)).append(": ");
                }
                line.append(Texts.fill(text.message(), finding, language));
                Texts.source(finding, language).ifPresent(source -> line.append(language == Language.ZH_CN ? "（" + source + "）" : " (" + source + ")"));
                page.item(1, line.toString(), ruleFindings.size() > 1 ? Page.Badge.severity(finding.severity(), language) : null);
            }
            if (!text.remediation().isEmpty()) {
                page.para(1, words.get("fix"), Texts.fill(text.remediation(), first, language));
            }
            page.para(1, words.get("covers"), String.join(", ", first.domainIds()));
        }
    }

    private String scores(Scorecard card) {
        StringBuilder line = new StringBuilder(words.get("scores"));
        for (Scorecard.ElementScore score : card.elements()) {
            line.append(language == Language.ZH_CN ? score.element().chinese() : score.element().english()).append(' ')
                    .append(number(score.score())).append(" · ");
        }
        line.append(words.get("overall")).append(card.overall().map(AssessmentReport::number).orElse("—"));
        return line.toString();
    }

    private void waivers(Assessment assessment, Page page) {
        if (assessment.waivers().isEmpty()) {
            return;
        }
        page.heading(2, words.get("waivers") + String.format(words.get("count"), assessment.waivers().size()));
        for (dev.itss.policy.WaiverStatus status : assessment.waivers()) {
            dev.itss.policy.Waiver w = status.waiver();
            page.para(1, String.format(words.get("waiver." + status.state().name()), w.rule(), Escape.inline(w.subject()), w.expires(), status.findings().size())
                    + " — " + Escape.inline(w.reason()));
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
            Map.entry("notAvailable", "Not assessed: data missing"),
            Map.entry("actFirst", "Act first (%d)"),
            Map.entry("chain", "Behind it: "),
            Map.entry("moreChain", "... and %d more findings about the same entities"),
            Map.entry("answeredBy", "Planned: "),
            Map.entry("owner", "owner "),
            Map.entry("due", "by "),
            Map.entry("topActions", "Top actions of the plan (%d of %d)"),
            Map.entry("moreActions", "... and %d more actions in the plan below"),
            Map.entry("colAction", "Action"),
            Map.entry("colAnswers", "Answers"),
            Map.entry("colOwner", "Owner"),
            Map.entry("colDue", "Due"),
            Map.entry("overview", "Overview"),
            Map.entry("chartScores", "Score per element (0-100)"),
            Map.entry("chartFindings", "Findings by severity and element"),
            Map.entry("chartTrends", "KPI trends over %d periods, with the policy's target and breach"),
            Map.entry("chartControl", "Control table of %s: %d targets by status"),
            Map.entry("colElement", "Element"),
            Map.entry("colScore", "Score"),
            Map.entry("colMetric", "Metric"),
            Map.entry("colTarget", "Target"),
            Map.entry("colBreach", "Breach"),
            Map.entry("colStatus", "Status"),
            Map.entry("colTargets", "Targets"));

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
            Map.entry("notAvailable", "未评估：缺少数据"),
            Map.entry("actFirst", "优先处理（%d 项）"),
            Map.entry("chain", "相关发现项："),
            Map.entry("moreChain", "……另有 %d 个涉及相同对象的发现项"),
            Map.entry("answeredBy", "改进措施："),
            Map.entry("owner", "负责人 "),
            Map.entry("due", "完成日期 "),
            Map.entry("topActions", "改进计划的首要措施（%d 项，共 %d 项）"),
            Map.entry("moreActions", "……另有 %d 项措施，见下文改进计划"),
            Map.entry("colAction", "措施"),
            Map.entry("colAnswers", "针对"),
            Map.entry("colOwner", "负责人"),
            Map.entry("colDue", "完成日期"),
            Map.entry("overview", "概览"),
            Map.entry("chartScores", "各要素得分（0-100）"),
            Map.entry("chartFindings", "发现项：按严重程度和要素"),
            Map.entry("chartTrends", "关键指标趋势（%d 期），含策略目标值与红线"),
            Map.entry("chartControl", "%s 期服务改进控制表：%d 个目标的状态"),
            Map.entry("colElement", "要素"),
            Map.entry("colScore", "得分"),
            Map.entry("colMetric", "指标"),
            Map.entry("colTarget", "目标值"),
            Map.entry("colBreach", "红线"),
            Map.entry("colStatus", "状态"),
            Map.entry("colTargets", "目标数"));
}

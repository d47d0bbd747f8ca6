package dev.itss.improve;

import dev.itss.check.Finding;
import dev.itss.check.Findings;
import dev.itss.measure.Evidence;
import dev.itss.model.Element;
import dev.itss.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The improvement plan (ITSS I-1): one action per template that improvement rules linked findings
 * to, ranked by priority.
 *
 * <p>Priority = (sum of the severity weights of the findings addressed) × (1 + 0.25 × (elements
 * spanned − 1)) ÷ effort weight, with severity weights INFO 1, LOW 2, MEDIUM 4, HIGH 8,
 * CRITICAL 16 and effort weights LOW 1, MEDIUM 2, HIGH 3; rounded to one decimal. Severe and broad
 * problems come first, and cheap actions before costly ones of the same weight. Ties go to the
 * template id.
 *
 * <pre>{@code
 * assessment.plan().actions().forEach(a -> System.out.println(a.rank() + ". " + a.template().title().en()));
 * }</pre>
 *
 * @param actions the actions, rank 1 first
 */
public record ImprovementPlan(List<ImprovementAction> actions) {

    public ImprovementPlan {
        actions = List.copyOf(actions);
    }

    /** The severity weight of the priority formula. */
    public static int weight(Severity severity) {
        return 1 << severity.ordinal();
    }

    /** The priority formula, for findings of these severities spanning {@code elements} elements. */
    public static double priority(List<Severity> severities, int elements, Effort effort) {
        int weights = severities.stream().mapToInt(ImprovementPlan::weight).sum();
        double raw = weights * (1 + 0.25 * (Math.max(1, elements) - 1)) / effort.weight();
        return Math.round(raw * 10) / 10.0;
    }

    /**
     * Builds the plan: each finding goes to every template that lists its rule in
     * {@link ActionTemplate#addresses()}, and to the templates an improvement rule linked it to
     * (where a rule pack decides a link that a list cannot). Links are matched to the final
     * findings by key, so severities are those after the policy's overrides.
     *
     * @param findings  the detect stage's findings
     * @param templates the rule pack's templates
     * @param links     the improvement rules' links
     */
    public static ImprovementPlan build(Findings findings, List<ActionTemplate> templates, List<ActionLink> links) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        Map<String, List<Finding>> byRule = new java.util.HashMap<>();
        Map<Finding, String> keys = new java.util.IdentityHashMap<>();
        for (Finding f : findings.findings()) {
            String key = f.key();
            keys.put(f, key);
            byKey.put(key, f);
            byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        Map<String, ActionTemplate> templatesById = new LinkedHashMap<>();
        templates.forEach(t -> templatesById.put(t.id(), t));
        Map<String, Map<String, Finding>> linked = new TreeMap<>();
        for (ActionTemplate template : templates) {
            for (String ruleId : template.addresses()) {
                for (Finding finding : byRule.getOrDefault(ruleId, List.of())) {
                    linked.computeIfAbsent(template.id(), k -> new TreeMap<>()).put(keys.get(finding), finding);
                }
            }
        }
        for (ActionLink link : links) {
            Finding finding = byKey.get(link.finding().key());
            if (finding == null) {
                continue; // not a reported finding (e.g. of a disabled rule)
            }
            if (!templatesById.containsKey(link.templateId())) {
                throw new IllegalStateException("improvement rule " + link.ruleId() + " links to unknown template " + link.templateId());
            }
            linked.computeIfAbsent(link.templateId(), k -> new TreeMap<>()).put(keys.get(finding), finding);
        }
        List<ImprovementAction> unranked = new ArrayList<>();
        linked.forEach((templateId, addressed) -> {
            ActionTemplate template = templatesById.get(templateId);
            List<Finding> list = new ArrayList<>(addressed.values());
            Set<Element> elements = EnumSet.noneOf(Element.class);
            list.forEach(f -> elements.add(f.element()));
            Severity highest = list.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.INFO);
            List<ActionTarget> targets = new ArrayList<>();
            Set<String> moves = Set.copyOf(template.moves());
            Set<String> targeted = new java.util.HashSet<>();
            for (Finding f : list) {
                // two findings on one metric and subject (a cross-element rule reuses a measurement) make one target
                if (moves.contains(f.metric()) && targeted.add(f.metric() + "|" + f.subject().key())) {
                    double observed = number(f, "observed");
                    double expected = number(f, "expected");
                    if (!Double.isNaN(observed) && !Double.isNaN(expected)) {
                        targets.add(new ActionTarget(f.metric(), f.subject(), observed, expected));
                    }
                }
            }
            unranked.add(new ImprovementAction(0, template, List.copyOf(addressed.keySet()),
                    List.copyOf(new TreeSet<>(list.stream().map(Finding::ruleId).toList())), highest, List.copyOf(elements),
                    priority(list.stream().map(Finding::severity).toList(), elements.size(), template.effort()), targets));
        });
        unranked.sort(Comparator.comparingDouble(ImprovementAction::priority).reversed().thenComparing(a -> a.template().id()));
        List<ImprovementAction> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            ImprovementAction a = unranked.get(i);
            ranked.add(new ImprovementAction(i + 1, a.template(), a.findings(), a.ruleIds(), a.severity(), a.elements(), a.priority(), a.targets()));
        }
        return new ImprovementPlan(ranked);
    }

    private static double number(Finding finding, String name) {
        for (Evidence e : finding.evidence()) {
            if (e.name().equals(name)) {
                return e.value() instanceof Number n ? n.doubleValue() : Double.NaN;
            }
        }
        return Double.NaN;
    }
}

package dev.itss.check;

import dev.itss.measure.Measurement;
import dev.itss.measure.Facts;
import dev.itss.model.Element;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores from 0 to 100 per element and overall.
 *
 * <p>An element's <em>checks</em> are the judgements its enabled detection rules could make: one
 * per (rule, candidate subject), the candidates being what the rule's first input offers (the
 * available figures of a check row, the entities of a domain rule's fact type; see
 * {@link RuleInput#candidates}), and at least one per finding of the rule. Each finding of the element costs points by
 * severity (INFO 1, LOW 2, MEDIUM 4, HIGH 8, CRITICAL 16). Score = 100 × max(0, 1 − points ÷
 * (4 × checks)), rounded to one decimal: a check failing at MEDIUM costs its whole share, at HIGH
 * twice that. An element without checks has no score. Overall = the mean of the scores of the four
 * ITSS elements (people, resources, technology, process) that have one, equally weighted;
 * supervision is scored but kept out of the overall figure.
 *
 * <pre>{@code
 * assessment.scores().overall().ifPresent(score -> System.out.println("overall " + score));
 * }</pre>
 *
 * @param elements one score per element that has checks, in element order
 * @param overall  the overall score, when any of the four elements has one
 */
public record Scorecard(List<ElementScore> elements, Optional<Double> overall) {

    /** Points a check failing at MEDIUM costs: the unit of the score's denominator. */
    public static final int POINTS_PER_CHECK = 4;

    public Scorecard {
        elements = List.copyOf(elements);
    }

    /**
     * The score of one element.
     *
     * @param element  the element
     * @param checks   judgements its rules could make
     * @param findings findings raised
     * @param points   severity points of those findings
     * @param score    0 to 100
     */
    public record ElementScore(Element element, int checks, int findings, int points, double score) {}

    /** The score of one element, when it has checks. */
    public Optional<ElementScore> of(Element element) {
        return elements.stream().filter(e -> e.element() == element).findFirst();
    }

    /** Scores an assessment's findings against the checks its rules could make. */
    public static Scorecard of(Findings findings, Facts facts, RuleCatalog rules, Set<String> disabledRules) {
        Map<Element, Integer> checks = new EnumMap<>(Element.class);
        Map<String, Integer> findingsPerRule = new java.util.HashMap<>();
        findings.findings().forEach(f -> findingsPerRule.merge(f.ruleId(), 1, Integer::sum));
        for (RuleDescriptor rule : rules.rules()) {
            if (rule.kind() == RuleKind.IMPROVEMENT || disabledRules.contains(rule.id()) || rule.inputs().isEmpty()) {
                continue;
            }
            // a rule that names more subjects than its first input offers (one finding per skill of a
            // figure that counts them) has at least one check per finding
            int candidates = Math.max(RuleInput.of(rule.inputs().get(0)).candidates(facts), findingsPerRule.getOrDefault(rule.id(), 0));
            checks.merge(rule.element(), candidates, Integer::sum);
        }
        List<ElementScore> scores = new ArrayList<>();
        for (Element element : Element.values()) {
            int elementChecks = checks.getOrDefault(element, 0);
            if (elementChecks == 0) {
                continue;
            }
            List<Finding> ofElement = findings.of(element);
            int points = ofElement.stream().mapToInt(f -> 1 << f.severity().ordinal()).sum();
            double raw = 100 * Math.max(0, 1 - (double) points / (POINTS_PER_CHECK * elementChecks));
            scores.add(new ElementScore(element, elementChecks, ofElement.size(), points, Math.round(raw * 10) / 10.0));
        }
        List<Double> main = scores.stream().filter(s -> s.element() != Element.SUPERVISION).map(ElementScore::score).toList();
        Optional<Double> overall = main.isEmpty() ? Optional.empty()
                : Optional.of(Math.round(main.stream().mapToDouble(Double::doubleValue).average().orElseThrow() * 10) / 10.0);
        return new Scorecard(scores, overall);
    }
}

package dev.itss.test;

import dev.itss.engine.Assessment;
import dev.itss.check.Finding;
import dev.itss.check.Justification;
import dev.itss.check.NotAvailable;
import dev.itss.check.RuleCatalog;
import dev.itss.measure.Evidence;
import dev.itss.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one rule concluded for the given input; the assertions of {@link RuleVerifier}.
 *
 * <pre>{@code
 * verifier.verify("RES-001").given(yaml).flags(1).withEvidence("observed", 0.8);
 * verifier.verify("RES-001").given(otherYaml).flagsNothing();
 * verifier.verify("RES-001").given("{}").reportsNotAvailable();
 * }</pre>
 */
public final class RuleResult {
    private final String ruleId;
    private final Assessment assessment;
    private final RuleCatalog rules;
    private final List<Finding> findings;
    private final List<NotAvailable> notAvailable;

    RuleResult(String ruleId, Assessment assessment, RuleCatalog rules) {
        this.ruleId = ruleId;
        this.assessment = assessment;
        this.rules = rules;
        this.findings = assessment.findings().ofRule(ruleId);
        this.notAvailable = assessment.findings().notAvailable().stream().filter(n -> n.ruleId().equals(ruleId)).toList();
    }

    /** Asserts the rule raised exactly {@code count} findings; further assertions apply to all of them. */
    public FindingsAssert flags(int count) {
        if (findings.size() != count) {
            throw new AssertionError("expected " + ruleId + " to flag " + count + " finding(s) but it flagged " + findings.size()
                    + describe());
        }
        return new FindingsAssert(ruleId, findings, describe());
    }

    /** Asserts the rule raised no finding and was not short of data (a silent pass for lack of data is not a pass). */
    public RuleResult flagsNothing() {
        if (!findings.isEmpty()) {
            throw new AssertionError("expected " + ruleId + " to flag nothing but it flagged " + findings.size() + describe());
        }
        if (!notAvailable.isEmpty()) {
            throw new AssertionError("expected " + ruleId + " to judge the input and flag nothing, but its inputs were not available"
                    + describe());
        }
        return this;
    }

    /** Asserts the rule reported {@code NOT_AVAILABLE} for at least one subject and raised no finding. */
    public RuleResult reportsNotAvailable() {
        if (notAvailable.isEmpty()) {
            throw new AssertionError("expected " + ruleId + " to report NOT_AVAILABLE, but it had its inputs" + describe());
        }
        if (!findings.isEmpty()) {
            throw new AssertionError("expected " + ruleId + " to report only NOT_AVAILABLE, but it also flagged " + findings.size() + describe());
        }
        return this;
    }

    /** Asserts the rule reported {@code NOT_AVAILABLE} with a reason containing {@code text}. */
    public RuleResult reportsNotAvailableBecause(String text) {
        reportsNotAvailable();
        if (notAvailable.stream().noneMatch(n -> n.reason().contains(text))) {
            throw new AssertionError("expected a NOT_AVAILABLE reason of " + ruleId + " to contain \"" + text + "\"" + describe());
        }
        return this;
    }

    /**
     * Asserts that each expected justification is the justification of one of the rule's findings:
     * the same record type with equal components (numbers by value, doubles within 1e-9). Other
     * findings may exist; {@link #justifiesExactly} forbids them.
     *
     * <pre>{@code
     * verifier.verify("PPL-001").given(yaml)
     *         .justifiesWith(new PostUnderstaffed(new Subject("post", "desk", "Service desk"), 2, 4, List.of("Li", "Wang")));
     * }</pre>
     */
    public RuleResult justifiesWith(Justification... expected) {
        List<Justification> actual = findings.stream().map(Finding::justification).toList();
        List<String> missing = new java.util.ArrayList<>();
        for (Justification e : expected) {
            if (actual.stream().noneMatch(a -> Justifications.sameAs(a, e))) {
                missing.add(Justifications.describe(e) + Justifications.closest(e, actual));
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("expected " + ruleId + " to be justified by" + lines(missing)
                    + System.lineSeparator() + "but its justifications were" + lines(actual.stream().map(Justifications::describe).toList())
                    + describeNotAvailable());
        }
        return this;
    }

    /**
     * Asserts that the rule's findings are justified by exactly these justifications, in any order:
     * none missing, none more.
     */
    public RuleResult justifiesExactly(Justification... expected) {
        justifiesWith(expected);
        List<String> unexpected = findings.stream().map(Finding::justification)
                .filter(a -> java.util.Arrays.stream(expected).noneMatch(e -> Justifications.sameAs(a, e)))
                .map(Justifications::describe).toList();
        if (!unexpected.isEmpty()) {
            throw new AssertionError("expected " + ruleId + " to be justified by exactly " + expected.length + " justification(s), but it also had"
                    + lines(unexpected));
        }
        return this;
    }

    private static String lines(List<String> items) {
        if (items.isEmpty()) {
            return " nothing";
        }
        StringBuilder out = new StringBuilder(":");
        items.forEach(i -> out.append(System.lineSeparator()).append("  - ").append(i));
        return out.toString();
    }

    private String describeNotAvailable() {
        if (notAvailable.isEmpty()) {
            return "";
        }
        return System.lineSeparator() + "NOT_AVAILABLE for " + ruleId + lines(notAvailable.stream().map(n -> n.subject().key() + ": " + n.reason()).toList());
    }

    /** The whole assessment, for assertions this class does not offer. */
    public Assessment assessment() {
        return assessment;
    }

    private String describe() {
        StringBuilder out = new StringBuilder();
        if (!findings.isEmpty()) {
            out.append(System.lineSeparator()).append("findings of ").append(ruleId).append(':');
            for (Finding f : findings) {
                out.append(System.lineSeparator()).append("  - ").append(FindingsAssert.describe(f));
            }
        }
        if (!notAvailable.isEmpty()) {
            out.append(System.lineSeparator()).append("NOT_AVAILABLE for ").append(ruleId).append(':');
            for (NotAvailable n : notAvailable) {
                out.append(System.lineSeparator()).append("  - ").append(n.subject().key()).append(": ").append(n.reason());
            }
        }
        List<String> measured = assessment.measurements().all().stream()
                .filter(m -> rules.find(ruleId).map(r -> r.inputs().contains(m.metric())).orElse(false))
                .map(m -> m.subject().key() + " " + m.metric() + " = " + (m.available() ? m.value() : "n/a (" + m.unavailableReason() + ")"))
                .toList();
        if (!measured.isEmpty()) {
            out.append(System.lineSeparator()).append("measurements the rule reads:");
            measured.forEach(line -> out.append(System.lineSeparator()).append("  - ").append(line));
        }
        return out.toString();
    }

    /** Assertions on the findings selected so far. */
    public static final class FindingsAssert {
        private final String ruleId;
        private final List<Finding> selected;
        private final String context;

        FindingsAssert(String ruleId, List<Finding> selected, String context) {
            this.ruleId = ruleId;
            this.selected = selected;
            this.context = context;
        }

        /** Narrows to the finding about the subject with this id, asserting there is one. */
        public FindingsAssert about(String subjectId) {
            List<Finding> about = selected.stream().filter(f -> f.subject().id().equals(subjectId)).toList();
            if (about.isEmpty()) {
                throw new AssertionError("expected a finding of " + ruleId + " about '" + subjectId + "' but the subjects were "
                        + selected.stream().map(f -> f.subject().id()).toList() + context);
            }
            return new FindingsAssert(ruleId, about, context);
        }

        /**
         * Asserts each selected finding has evidence {@code name} equal to {@code value}; numbers
         * compare by value ({@code 2}, {@code 2L} and {@code 2.0} are equal; doubles within 1e-9).
         */
        public FindingsAssert withEvidence(String name, Object value) {
            for (Finding finding : selected) {
                Evidence evidence = finding.evidence(name).orElseThrow(() -> new AssertionError("finding " + describe(finding)
                        + " has no evidence '" + name + "'; it has " + finding.evidence().stream().map(Evidence::name).toList()));
                if (!same(evidence.value(), value)) {
                    throw new AssertionError("expected evidence '" + name + "' of " + finding.key() + " to be " + value + " but was "
                            + evidence.value() + context);
                }
            }
            return this;
        }

        /** Asserts each selected finding has this severity. */
        public FindingsAssert withSeverity(Severity severity) {
            for (Finding finding : selected) {
                if (finding.severity() != severity) {
                    throw new AssertionError("expected " + finding.key() + " at severity " + severity + " but it was " + finding.severity() + context);
                }
            }
            return this;
        }

        /** The selected findings, for assertions this class does not offer. */
        public List<Finding> findings() {
            return selected;
        }

        static String describe(Finding f) {
            return f.key() + " [" + f.severity() + ", " + f.level() + "] "
                    + f.evidence().stream().map(e -> e.name() + "=" + e.value()).collect(Collectors.joining(", "));
        }

        private static boolean same(Object actual, Object expected) {
            if (actual instanceof Number a && expected instanceof Number e) {
                if (a instanceof BigDecimal || e instanceof BigDecimal) {
                    return new BigDecimal(a.toString()).compareTo(new BigDecimal(e.toString())) == 0;
                }
                return Math.abs(a.doubleValue() - e.doubleValue()) <= 1e-9;
            }
            if (actual instanceof java.time.LocalDate && expected instanceof String text) {
                return actual.toString().equals(text);
            }
            return java.util.Objects.equals(actual, expected);
        }
    }
}

package dev.itss.rules;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/**
 * The four cases every band rule is tested on, with {@link RuleVerifier}: a breach flags at the
 * rule's severity, a value in the warning band flags one step lower, a value equal to the warning
 * bound flags nothing, and without its inputs the rule reports NOT_AVAILABLE. A subclass per rule
 * gives the snapshots (YAML; organisation and period default to the test ones, ending 2026-03-31).
 */
public abstract class BandRuleTest {
    protected static final RuleVerifier VERIFIER = RuleVerifier.load();

    private final String ruleId;
    private final Severity severity;
    private final String subject;

    protected BandRuleTest(String ruleId, Severity severity, String subject) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.subject = subject;
    }

    /**
     * A YAML list of {@code total} entries under {@code header}, the first {@code special} written
     * by {@code first}, the others by {@code rest}: most band tests vary how many entries of a list
     * have a property.
     */
    protected static String list(String header, int total, int special, java.util.function.IntFunction<String> first,
                                 java.util.function.IntFunction<String> rest) {
        StringBuilder yaml = new StringBuilder(header).append('\n');
        for (int i = 0; i < total; i++) {
            yaml.append("    - {").append(i < special ? first.apply(i) : rest.apply(i)).append("}\n");
        }
        return yaml.toString();
    }

    /** A snapshot whose value lies beyond the breach bound. */
    protected abstract String breach();

    /** A snapshot whose value lies between the warning and the breach bound. */
    protected abstract String warning();

    /** A snapshot whose value equals the warning bound: on the good side. */
    protected abstract String atWarningBound();

    /** A snapshot without the rule's inputs. */
    protected abstract String withoutInputs();

    /** Evidence expected on the breach finding, as name, value pairs. */
    protected Object[] breachEvidence() {
        return new Object[0];
    }

    @Test
    void flagsABreachAtTheRuleSeverityWithItsEvidence() {
        RuleResultAssert.evidence(VERIFIER.verify(ruleId).given(breach()).flags(1).about(subject).withSeverity(severity), breachEvidence());
    }

    @Test
    void flagsAWarningOneSeverityLower() {
        VERIFIER.verify(ruleId).given(warning()).flags(1).about(subject).withSeverity(severity.lower());
    }

    @Test
    void staysSilentOnTheWarningBound() {
        VERIFIER.verify(ruleId).given(atWarningBound()).flagsNothing();
    }

    @Test
    void reportsNotAvailableWithoutItsInputs() {
        VERIFIER.verify(ruleId).given(withoutInputs()).reportsNotAvailable();
    }

    /** Applies name/value evidence pairs. */
    static final class RuleResultAssert {
        private RuleResultAssert() {}

        static void evidence(dev.itss.test.RuleResult.FindingsAssert findings, Object[] pairs) {
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                findings.withEvidence((String) pairs[i], pairs[i + 1]);
            }
        }
    }
}

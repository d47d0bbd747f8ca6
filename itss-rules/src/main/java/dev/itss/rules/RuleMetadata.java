package dev.itss.rules;

import dev.itss.check.RuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * Reads a rule's metadata ({@code @id}, {@code @element}, {@code @severity}, {@code @domain},
 * {@code @lifecycle}, {@code @inputs}, {@code @joins}) into a {@link RuleDescriptor}, naming the rule and the
 * field on any mistake.
 *
 * <pre>{@code
 * rule "PPL-001 post understaffed"
 *     @id("PPL-001") @element("PEOPLE") @severity("HIGH")
 *     @domain("P-P-01,M-P-01") @lifecycle("L-3") @inputs("people.post_staffing_rate")
 * }</pre>
 */
public final class RuleMetadata {
    /**
     * The descriptors of the rule base the current thread is firing, keyed by package and rule
     * name: set by {@link DroolsRuleEngine} around {@code fireAllRules}, so that the helpers called
     * from consequences do not parse metadata on every firing.
     */
    private static final ThreadLocal<Map<String, RuleDescriptor>> FIRING = new ThreadLocal<>();

    private RuleMetadata() {}

    /** Runs {@code action} with the descriptors of the rule base being fired available to {@link #of(Rule)}. */
    static <T> T whileFiring(Map<String, RuleDescriptor> descriptors, java.util.function.Supplier<T> action) {
        FIRING.set(descriptors);
        try {
            return action.get();
        } finally {
            FIRING.remove();
        }
    }

    /** The key of a rule in a descriptor map. */
    static String key(Rule rule) {
        return rule.getPackageName() + "/" + rule.getName();
    }

    /** The rule's descriptor: from the rule base being fired when known, else parsed from its metadata. */
    static RuleDescriptor of(Rule rule) {
        Map<String, RuleDescriptor> descriptors = FIRING.get();
        RuleDescriptor known = descriptors == null ? null : descriptors.get(key(rule));
        return known != null ? known : describe(rule);
    }

    /** Whether the rule is the generic rule that runs the rows of a checks table ({@code @checks}): it has no id of its own. */
    static boolean isCheckRunner(Rule rule) {
        return rule.getMetaData().containsKey("checks");
    }

    /** The rule's descriptor, or a list of what is wrong with its metadata. */
    public static RuleDescriptor describe(Rule rule) {
        List<String> problems = new ArrayList<>();
        return RuleDescriptor.fromMetadata(rule.getMetaData(), problems).orElseThrow(() ->
                new IllegalStateException("rule \"" + rule.getName() + "\" in package " + rule.getPackageName() + ": " + String.join("; ", problems)));
    }
}

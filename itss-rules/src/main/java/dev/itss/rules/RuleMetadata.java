package dev.itss.rules;

import dev.itss.check.RuleDescriptor;
import dev.itss.check.RuleKind;
import dev.itss.model.Element;
import dev.itss.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
        Map<String, Object> meta = rule.getMetaData();
        String where = "rule \"" + rule.getName() + "\" in package " + rule.getPackageName();
        String id = text(meta, "id");
        if (id.isEmpty()) {
            problems.add("@id is missing");
        }
        Element element = parse(Element.class, text(meta, "element"), "@element", problems);
        RuleKind kind = text(meta, "kind").isEmpty() ? RuleKind.DETECTION : parse(RuleKind.class, text(meta, "kind"), "@kind", problems);
        // an improvement rule raises no finding, so it has no severity of its own
        Severity severity = kind == RuleKind.IMPROVEMENT ? Severity.INFO : parse(Severity.class, text(meta, "severity"), "@severity", problems);
        String action = text(meta, "action");
        if (kind == RuleKind.IMPROVEMENT && action.isEmpty()) {
            problems.add("@action is missing: name the action template it links findings to, e.g. @action(\"A-R-04\")");
        }
        List<String> domain = list(meta, "domain");
        if (domain.isEmpty()) {
            problems.add("@domain is missing: name the ITSS-DOMAIN ids the rule covers, e.g. @domain(\"P-P-01,M-P-01\")");
        }
        String lifecycle = text(meta, "lifecycle");
        if (lifecycle.isEmpty()) {
            problems.add("@lifecycle is missing, e.g. @lifecycle(\"L-3\")");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(where + ": " + String.join("; ", problems));
        }
        return new RuleDescriptor(id, element, severity, domain, lifecycle, list(meta, "inputs"), kind, action, list(meta, "joins"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<String> problems) {
        if (value.isEmpty()) {
            problems.add(field + " is missing; expected one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(field + " '" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return "";
        }
        String text = value.toString().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.trim();
    }

    private static List<String> list(Map<String, Object> meta, String key) {
        String text = text(meta, key);
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}

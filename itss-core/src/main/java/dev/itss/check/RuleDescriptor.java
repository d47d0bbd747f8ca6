package dev.itss.check;

import dev.itss.model.Element;
import dev.itss.model.Severity;
import java.util.List;

/**
 * The machine facts of one rule, read from its metadata ({@code @id}, {@code @element},
 * {@code @severity}, {@code @domain}, {@code @lifecycle}, {@code @inputs}).
 *
 * @param id        stable id, never reused, e.g. {@code PPL-001}
 * @param element   the service element it checks
 * @param severity  severity of a breach (a warning is one step lower)
 * @param domainIds ITSS-DOMAIN items covered, e.g. {@code [P-P-01, M-P-01]}
 * @param lifecycle lifecycle stage, e.g. {@code L-3}
 * @param inputs    what the rule needs ({@code @inputs}): figure ids, fact types ({@code Post}) or
 *                  optional fields ({@code Engineer.absenceHours}); when one is missing the rule
 *                  reports {@link Outcome#NOT_AVAILABLE} ({@link RuleInput}). The first names the
 *                  rule's candidate subjects for the scores.
 * @param kind      a DRL domain rule, a check row or an improvement rule ({@code @kind}, detection by default)
 * @param action    the action template an improvement rule links to ({@code @action}); empty for detection rules
 * @param joins     the links between entities a cross-element rule joins ({@code @joins}), each
 *                  {@code Type.field} of a field marked {@code @References} (or an engineer's
 *                  skills), e.g. {@code ServiceOffering.posts}; empty for a rule within one element
 */
public record RuleDescriptor(String id, Element element, Severity severity, List<String> domainIds, String lifecycle, List<String> inputs,
                             RuleKind kind, String action, List<String> joins) {

    public RuleDescriptor {
        domainIds = List.copyOf(domainIds);
        inputs = List.copyOf(inputs);
        kind = kind == null ? RuleKind.DETECTION : kind;
        action = action == null ? "" : action;
        joins = joins == null ? List.of() : List.copyOf(joins);
    }

    /** A rule that joins no links. */
    public RuleDescriptor(String id, Element element, Severity severity, List<String> domainIds, String lifecycle, List<String> inputs,
                          RuleKind kind, String action) {
        this(id, element, severity, domainIds, lifecycle, inputs, kind, action, List.of());
    }

    /** Whether the rule reasons across elements: it joins links between entities ({@code @joins}). */
    public boolean crossElement() {
        return !joins.isEmpty();
    }

    /** A detection rule. */
    public RuleDescriptor(String id, Element element, Severity severity, List<String> domainIds, String lifecycle, List<String> inputs) {
        this(id, element, severity, domainIds, lifecycle, inputs, RuleKind.DETECTION, "");
    }

    /** How a rule id looks: three to five capitals, a dash, three digits ({@code PPL-001}, {@code DESK-002}). */
    public static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Z]{3,5}-\\d{3}");

    /**
     * Reads a DRL rule's metadata ({@code @id}, {@code @element}, {@code @severity}, {@code @domain},
     * {@code @lifecycle}, {@code @inputs}, {@code @kind}, {@code @action}, {@code @joins}), adding what is
     * wrong with it to {@code problems}: the built-in rules' loader and the pack lint read it the
     * same way.
     *
     * <pre>{@code
     * List<String> problems = new ArrayList<>();
     * Optional<RuleDescriptor> rule = RuleDescriptor.fromMetadata(Map.of("id", "PPL-001", ...), problems);
     * }</pre>
     *
     * @param meta values as written (quotes around a value are removed)
     * @return the descriptor, or empty when a problem was added
     */
    public static java.util.Optional<RuleDescriptor> fromMetadata(java.util.Map<String, ?> meta, List<String> problems) {
        int before = problems.size();
        String id = text(meta, "id");
        if (id.isEmpty()) {
            problems.add("@id is missing, e.g. @id(\"DESK-001\")");
        } else if (!ID.matcher(id).matches()) {
            problems.add("@id '" + id + "' is not a rule id: three to five capitals, a dash and three digits, e.g. DESK-001");
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
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RuleDescriptor(id, element, severity, domain, lifecycle, list(meta, "inputs"), kind, action, list(meta, "joins")));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<String> problems) {
        if (value.isEmpty()) {
            problems.add(field + " is missing; expected one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(field + " '" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static String text(java.util.Map<String, ?> meta, String key) {
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

    private static List<String> list(java.util.Map<String, ?> meta, String key) {
        String text = text(meta, key);
        if (text.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}

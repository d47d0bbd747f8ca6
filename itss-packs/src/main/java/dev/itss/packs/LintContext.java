package dev.itss.packs;

import java.util.Set;

/**
 * What the pack lint checks names against: the engine's metrics (built-in and the packs' own),
 * its rule ids, the rules packs replace, and its action templates.
 *
 * @param metrics      every metric id a rule may compare
 * @param builtInRules ids of the engine's built-in rules and check rows
 * @param replaced     built-in rule ids the pack replaces ({@code replaces} in its {@code pack.yaml})
 * @param templates    ids of the action templates an improvement rule may link to
 * @param factTypes    the fact types a rule may name in {@code @inputs}
 */
public record LintContext(Set<String> metrics, Set<String> builtInRules, Set<String> replaced, Set<String> templates, Set<String> factTypes) {
    public LintContext {
        metrics = Set.copyOf(metrics);
        builtInRules = Set.copyOf(builtInRules);
        replaced = Set.copyOf(replaced);
        templates = Set.copyOf(templates);
        factTypes = Set.copyOf(factTypes);
    }

    /**
     * Why a pack's rule or check row may not take this id: it is a built-in rule's id the pack
     * does not replace. Empty when the id is free or replaced.
     */
    public java.util.Optional<String> builtInConflict(String id, String what) {
        return builtInRules.contains(id) && !replaced.contains(id)
                ? java.util.Optional.of(id + " is a built-in rule; to replace it, list it under replaces in pack.yaml, or give " + what + " a new id")
                : java.util.Optional.empty();
    }
}

package dev.itss.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules an engine runs, with their texts in each supported language.
 *
 * <pre>{@code
 * RuleCatalog rules = engine.rules();
 * String title = rules.text("PPL-001", Locale.SIMPLIFIED_CHINESE).title();
 * }</pre>
 */
public final class RuleCatalog {
    private final Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
    /** The rules in id order, sorted once: the engine walks them on every assessment. */
    private final List<RuleDescriptor> sorted;
    private final Map<Locale, Map<String, RuleText>> texts;

    /**
     * @param rules descriptors, ids unique
     * @param texts per language, texts keyed by rule id; {@link Locale#ENGLISH} is the fallback
     */
    public RuleCatalog(List<RuleDescriptor> rules, Map<Locale, Map<String, RuleText>> texts) {
        for (RuleDescriptor rule : rules) {
            if (this.rules.put(rule.id(), rule) != null) {
                throw new IllegalArgumentException("duplicate rule id " + rule.id());
            }
        }
        this.sorted = this.rules.values().stream().sorted(java.util.Comparator.comparing(RuleDescriptor::id)).toList();
        Map<Locale, Map<String, RuleText>> copy = new LinkedHashMap<>();
        texts.forEach((locale, byId) -> copy.put(locale, Map.copyOf(byId)));
        this.texts = Map.copyOf(copy);
    }

    /** Every rule, in id order. */
    public List<RuleDescriptor> rules() {
        return sorted;
    }

    /** A rule by id. */
    public Optional<RuleDescriptor> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The languages texts exist for. */
    public java.util.Set<Locale> locales() {
        return texts.keySet();
    }

    /** The texts of a rule in a language, if written. */
    public Optional<RuleText> findText(String id, Locale locale) {
        return Optional.ofNullable(texts.getOrDefault(supported(locale), Map.of()).get(id));
    }

    /**
     * The texts of a rule in a language, falling back to English; a rule without texts gets its id
     * as title, so a report never fails for a missing text (the catalogue test catches those).
     */
    public RuleText text(String id, Locale locale) {
        return findText(id, locale)
                .or(() -> findText(id, Locale.ENGLISH))
                .orElse(new RuleText(id, "", id, ""));
    }

    private Locale supported(Locale locale) {
        if (texts.containsKey(locale)) {
            return locale;
        }
        for (Locale candidate : texts.keySet()) {
            if (candidate.getLanguage().equals(locale.getLanguage())) {
                return candidate;
            }
        }
        return Locale.ENGLISH;
    }
}

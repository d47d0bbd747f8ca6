package dev.itss.rules;

import dev.itss.check.RuleDescriptor;
import dev.itss.check.RuleText;
import dev.itss.engine.PackFile;
import dev.itss.engine.RulePack;
import dev.itss.engine.spi.PackSetting;
import dev.itss.internal.Names;
import dev.itss.measure.Facts;
import dev.itss.measure.MetricCatalog;
import dev.itss.measure.MetricDefinition;
import dev.itss.policy.Policy;
import dev.itss.policy.PolicyReader;
import dev.itss.read.DocumentFormat;
import dev.itss.read.DocumentReader;
import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Lays rule packs over the built-in rules: reads each pack's manifest, policy, checks and texts,
 * lints and compiles its DRL (through {@code itss-packs}), and checks that the whole holds
 * together: every problem of every pack is collected before anything is thrown. The result says
 * what the engine removes from the built-in rules (replaced rules and rows) and what it adds.
 */
final class PackAssembly {
    /** The text keys every rule of a pack has in each language. */
    static final List<String> TEXT_KEYS = List.of("title", "motivation", "message", "remediation");

    /** {@code pack.yaml}: the pack's name, the built-in rules it replaces, its own metrics. */
    record Manifest(@NotBlank String name, String description, List<@NotBlank String> replaces,
                    List<@NotNull @Valid MetricDefinition> metrics) {
        Manifest {
            description = description == null ? "" : description;
            replaces = replaces == null ? List.of() : List.copyOf(replaces);
            metrics = metrics == null ? List.of() : List.copyOf(metrics);
        }
    }

    private static final DocumentReader<Manifest> MANIFESTS = new DocumentReader<>(Manifest.class, m -> List.of());

    final List<KiePackage> packages = new ArrayList<>();
    /** Built-in ids the packs replace: their DRL rules are removed from the rule base, their rows from the checks. */
    final Set<String> replaced = new LinkedHashSet<>();
    final List<Check> checks = new ArrayList<>();
    final List<MetricDefinition> metrics = new ArrayList<>();
    final Map<Locale, Map<String, RuleText>> texts = new LinkedHashMap<>();
    final List<Policy> policies = new ArrayList<>();
    /** The packs' DRL rules by id, for the catalogue. */
    final Set<String> packRuleIds = new LinkedHashSet<>();
    private final List<InputProblem> problems = new ArrayList<>();

    /**
     * Reads, lints and compiles the packs.
     *
     * @param builtIn   the built-in rules' descriptors (DRL rules and rows)
     * @param templates the action templates' ids
     * @throws InvalidInputException listing every problem of every pack
     */
    static PackAssembly of(List<PackSetting> packs, List<RuleDescriptor> builtIn, Set<String> templates, ClassLoader loader) {
        requireCompiler(loader);
        PackAssembly assembly = new PackAssembly();
        Set<String> builtInIds = new LinkedHashSet<>();
        builtIn.forEach(r -> builtInIds.add(r.id()));
        Set<String> packIds = new HashSet<>();
        for (PackSetting setting : packs) {
            assembly.add(setting, builtInIds, packIds, templates, loader);
        }
        if (!assembly.problems.isEmpty()) {
            throw new InvalidInputException(assembly.problems);
        }
        return assembly;
    }

    private void add(PackSetting setting, Set<String> builtInIds, Set<String> packIds, Set<String> templates, ClassLoader loader) {
        RulePack pack = setting.pack();
        int before = problems.size();
        Manifest manifest = manifest(pack);
        for (String id : manifest.replaces()) {
            if (!builtInIds.contains(id)) {
                problems.add(InputProblem.at(where(pack, PackFile.Kind.MANIFEST), "replaces", "unknown built-in rule '" + id + "'" + Names.didYouMean(id, builtInIds)));
            }
        }
        metrics.addAll(manifest.metrics());
        for (int i = 0; i < manifest.metrics().size(); i++) {
            String id = manifest.metrics().get(i).id();
            if (MetricCatalog.standard().find(id).isPresent()) {
                problems.add(InputProblem.at(where(pack, PackFile.Kind.MANIFEST), "metrics[" + i + "].id", "'" + id + "' is a built-in metric; give the pack's metric its own id"));
            }
        }
        Set<String> metricIds = new LinkedHashSet<>();
        MetricCatalog.standard().definitions().forEach(d -> metricIds.add(d.id()));
        metrics.forEach(d -> metricIds.add(d.id()));

        dev.itss.packs.LintContext context = new dev.itss.packs.LintContext(metricIds, builtInIds, Set.copyOf(manifest.replaces()), templates,
                Set.copyOf(Facts.TYPES));
        Set<String> ids = new LinkedHashSet<>();
        // the pack's check rows
        for (PackFile file : pack.files(PackFile.Kind.CHECKS)) {
            try {
                List<Check> rows = DroolsRuleEngine.checksReader().read(pack.where(file), file.text(), DocumentFormat.YAML).checks();
                for (int i = 0; i < rows.size(); i++) {
                    Check row = rows.get(i);
                    String path = "checks[" + i + "]";
                    for (String metric : row.metrics()) {
                        if (!metricIds.contains(metric)) {
                            problems.add(InputProblem.at(pack.where(file), path + ".metric", "unknown metric '" + metric + "'" + Names.didYouMean(metric, metricIds)));
                        }
                    }
                    if (!row.countedBy().isEmpty() && !metricIds.contains(row.countedBy())) {
                        problems.add(InputProblem.at(pack.where(file), path + ".countedBy", "unknown metric '" + row.countedBy() + "'" + Names.didYouMean(row.countedBy(), metricIds)));
                    }
                    idOf(pack, file, path + ".id", row.id(), context, packIds, ids);
                    checks.add(row);
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        // the pack's DRL rules
        dev.itss.packs.CompiledPack compiled = compile(pack, setting.trusted(), context, loader);
        problems.addAll(compiled.problems());
        for (dev.itss.packs.ParsedRule rule : compiled.rules()) {
            if (!rule.id().isEmpty()) {
                if (!packIds.add(rule.id())) {
                    problems.add(new InputProblem(pack.where(rule.file()), Optional.of(rule.line()), Optional.empty(), rule.label(),
                            "id " + rule.id() + " is also used by another pack's rule"));
                }
                ids.add(rule.id());
                packRuleIds.add(rule.id());
            }
        }
        for (String id : manifest.replaces()) {
            if (builtInIds.contains(id) && !ids.contains(id)) {
                problems.add(InputProblem.at(where(pack, PackFile.Kind.MANIFEST), "replaces", "the pack replaces " + id
                        + " but has no rule or check row with that id; to switch the rule off, list it under disabledRules in policy.yaml"));
            }
        }
        readTexts(pack, ids, Set.copyOf(manifest.replaces()), compiled.parsedAll());
        for (PackFile file : pack.files(PackFile.Kind.POLICY)) {
            try {
                policies.add(PolicyReader.standard().read(pack.where(file), file.text(), DocumentFormat.YAML));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (problems.size() == before) {
            packages.addAll(compiled.packages());
            replaced.addAll(manifest.replaces());
        }
    }

    /** An id of a pack's check row: well formed, new, or a built-in one the pack replaces. */
    private void idOf(RulePack pack, PackFile file, String path, String id, dev.itss.packs.LintContext context, Set<String> packIds, Set<String> ids) {
        java.util.Optional<String> conflict = context.builtInConflict(id, "the row");
        if (conflict.isPresent()) {
            problems.add(InputProblem.at(pack.where(file), path, conflict.get()));
        } else if (!ids.add(id) || !packIds.add(id)) {
            problems.add(InputProblem.at(pack.where(file), path, "id " + id + " is used twice; ids are unique and never reused"));
        }
    }

    private static dev.itss.packs.CompiledPack compile(RulePack pack, boolean trusted, dev.itss.packs.LintContext context, ClassLoader loader) {
        return dev.itss.packs.PackCompiler.compile(pack, trusted, context, loader);
    }

    /**
     * Fails with the artifact to add when {@code itss-packs} (an optional dependency of this
     * module) is not on the class path; called before anything of it is touched.
     */
    static void requireCompiler(ClassLoader loader) {
        try {
            Class.forName("dev.itss.packs.PackCompiler", false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("rule packs are compiled by dev.itss:itss-packs, which is not on the class path; "
                    + "add it as a dependency (it brings the DRL compiler)", e);
        }
    }

    private Manifest manifest(RulePack pack) {
        List<PackFile> files = pack.files(PackFile.Kind.MANIFEST);
        if (files.size() > 1) {
            problems.add(InputProblem.at(pack.origin(), "", "more than one pack.yaml: " + files.stream().map(PackFile::path).toList() + "; a pack has one, at its root"));
        }
        if (files.isEmpty()) {
            return new Manifest(pack.name(), "", List.of(), List.of());
        }
        try {
            return MANIFESTS.read(pack.where(files.get(0)), files.get(0).text(), DocumentFormat.YAML);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return new Manifest(pack.name(), "", List.of(), List.of());
        }
    }

    /** Both languages' texts for every new rule; a replaced rule keeps the built-in texts unless the pack gives its own. */
    private void readTexts(RulePack pack, Set<String> ids, Set<String> replacedIds, boolean allRulesKnown) {
        Map<Locale, Properties> byLocale = new LinkedHashMap<>();
        Map<Locale, PackFile> fileOf = new LinkedHashMap<>();
        for (PackFile file : pack.files(PackFile.Kind.TEXTS)) {
            String name = file.name();
            String tag = name.equals("messages.properties") ? "" : name.substring("messages_".length(), name.length() - ".properties".length());
            Optional<Locale> locale = DroolsRuleEngine.LANGUAGES.stream().filter(l -> tag.isEmpty() ? l.equals(Locale.ENGLISH) : l.toString().equals(tag)).findFirst();
            if (locale.isEmpty()) {
                problems.add(InputProblem.at(pack.where(file), "", "texts in a language the reports do not speak; expected messages.properties (English) "
                        + "or messages_zh_CN.properties"));
                continue;
            }
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(file.text()));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(InputProblem.at(pack.where(file), "", "cannot read: " + e.getMessage()));
                continue;
            }
            byLocale.put(locale.get(), properties);
            fileOf.put(locale.get(), file);
        }
        for (Locale locale : DroolsRuleEngine.LANGUAGES) {
            Properties properties = byLocale.getOrDefault(locale, new Properties());
            String file = fileOf.containsKey(locale) ? pack.where(fileOf.get(locale))
                    : pack.origin() + "/" + (locale.equals(Locale.ENGLISH) ? "messages.properties" : "messages_" + locale + ".properties");
            Map<String, RuleText> out = texts.computeIfAbsent(locale, l -> new LinkedHashMap<>());
            for (String id : ids) {
                boolean given = TEXT_KEYS.stream().anyMatch(k -> properties.containsKey(id + "." + k));
                if (!given && replacedIds.contains(id)) {
                    continue;   // keeps the built-in rule's texts
                }
                List<String> missing = TEXT_KEYS.stream().filter(k -> properties.getProperty(id + "." + k, "").isBlank()).toList();
                if (!missing.isEmpty()) {
                    problems.add(InputProblem.at(file, id, "missing " + String.join(", ", missing.stream().map(k -> id + "." + k).toList())
                            + " (" + locale.getDisplayLanguage(Locale.ENGLISH) + " texts: every rule of a pack has a title, motivation, message and remediation in English and Chinese)"));
                    continue;
                }
                out.put(id, DroolsRuleEngine.text(properties, id));
            }
            Set<String> orphans = new java.util.TreeSet<>();
            for (String key : new java.util.TreeSet<>(properties.stringPropertyNames())) {
                int dot = key.lastIndexOf('.');
                String id = dot > 0 ? key.substring(0, dot) : key;
                if (!ids.contains(id)) {
                    // a DRL file with a syntax error hides its rules: its texts are not orphans then
                    if (allRulesKnown && orphans.add(id)) {
                        problems.add(InputProblem.at(file, id, "texts for '" + id + "', which is no rule of this pack" + Names.didYouMean(id, ids)));
                    }
                } else if (!TEXT_KEYS.contains(key.substring(dot + 1)) && !key.endsWith(".severity")) {
                    problems.add(InputProblem.at(file, key, "unknown text key '" + key.substring(dot + 1) + "'; expected one of " + TEXT_KEYS + " or severity"));
                }
            }
        }
    }

    private static String where(RulePack pack, PackFile.Kind kind) {
        return pack.files(kind).stream().findFirst().map(pack::where).orElse(pack.origin());
    }

    /** The descriptors of the packs' DRL rules in the packages, by package and name. */
    Map<String, RuleDescriptor> describe() {
        Map<String, RuleDescriptor> out = new LinkedHashMap<>();
        for (KiePackage kiePackage : packages) {
            for (Rule rule : kiePackage.getRules()) {
                out.put(RuleMetadata.key(rule), RuleMetadata.describe(rule));
            }
        }
        return out;
    }
}

package dev.itss.rules;

import dev.itss.engine.spi.Detection;
import dev.itss.engine.spi.FiredRule;
import dev.itss.engine.spi.RuleEngine;
import dev.itss.check.Finding;
import dev.itss.check.RuleCatalog;
import dev.itss.check.RuleDescriptor;
import dev.itss.check.RuleKind;
import dev.itss.check.RuleText;
import dev.itss.improve.ActionLink;
import dev.itss.improve.ActionTemplate;
import dev.itss.read.DocumentReader;
import dev.itss.read.DocumentFormat;
import dev.itss.measure.Measurement;
import dev.itss.measure.Facts;
import dev.itss.measure.Subjects;
import dev.itss.model.Subject;
import java.util.Optional;
import dev.itss.policy.Policy;
import dev.itss.policy.PolicyReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Drools implementation of {@link RuleEngine}. The built-in rules are compiled to the
 * executable model at build time by {@code kie-maven-plugin}; this class loads the generated
 * model classes listed in the plugin's index and builds one shared, immutable {@link KieBase}
 * (no {@code kmodule.xml}, no DRL compiler at run time; docs/drools.md). Each assessment gets a
 * fresh session, disposed afterwards, and firing is bounded.
 *
 * <pre>{@code
 * AssessmentEngine engine = AssessmentEngine.using(new DroolsRuleEngine());   // or AssessmentEngine.load()
 * }</pre>
 */
public final class DroolsRuleEngine implements RuleEngine {
    /** Where kie-maven-plugin lists the generated model classes of this module. */
    static final String MODEL_INDEX = "META-INF/kie/dev.itss/itss-rules/drools-model";
    static final String TEXTS = "dev/itss/rules/messages";
    static final String DEFAULT_POLICY = "dev/itss/rules/default-policy.yaml";
    static final String ACTION_TEMPLATES = "dev/itss/rules/improve/action-templates.yaml";
    /** The aggregate checks of the built-in pack: one row each, run by the generic rule of checks.drl. */
    static final String CHECKS = "dev/itss/rules/checks/checks.yaml";
    /** Languages the built-in texts are written in. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    /** Upper bound of firings per assessment: far above any real count, low enough to stop a looping rule fast. */
    static final int MAX_FIRINGS_PER_FACT = 20;

    private static final Logger LOG = LoggerFactory.getLogger(DroolsRuleEngine.class);

    private final KieBase kieBase;
    /** The DRL rules' descriptors by package and rule name; the generic check rule has none. */
    private final Map<String, RuleDescriptor> descriptors;
    private final List<Check> checks;
    private final RuleCatalog catalog;
    private final Policy defaultPolicy;
    private final List<ActionTemplate> actionTemplates;
    private final List<dev.itss.measure.MetricDefinition> packMetrics;

    /** Builds the rule base from the precompiled built-in rules. */
    public DroolsRuleEngine() {
        this(List.of());
    }

    /**
     * Builds the rule base from the precompiled built-in rules and lays the packs over it: their
     * DRL is compiled now (classic builder, through {@code itss-packs}) and added to a rule base of
     * this engine's own, from which the rules the packs replace were removed first.
     *
     * @throws dev.itss.read.InvalidInputException listing every problem of every pack
     */
    public DroolsRuleEngine(List<dev.itss.engine.spi.PackSetting> packs) {
        long start = System.nanoTime();
        ClassLoader loader = DroolsRuleEngine.class.getClassLoader();
        // the pack's resources (checks, texts, default policy, action templates, and the metric
        // catalogue they name) are read on another thread while this one builds the rule base:
        // the build is single-threaded, and the reads would otherwise add to the start
        CompletableFuture<PackResources> resources = CompletableFuture.supplyAsync(() -> PackResources.read(loader));
        KieBase base = withContextClassLoader(loader, () -> KieBaseBuilder.createKieBaseFromModel(loadModels(loader)));
        Map<String, RuleDescriptor> builtIn = describeRules(base);
        PackResources read = join(resources);
        List<RuleDescriptor> builtInAll = new ArrayList<>(builtIn.values());
        read.checks().forEach(c -> builtInAll.add(describe(c)));
        checkUnique(builtInAll);
        if (packs.isEmpty()) {
            this.kieBase = base;
            this.descriptors = builtIn;
            this.checks = read.checks();
            this.catalog = new RuleCatalog(builtInAll, read.texts());
            this.defaultPolicy = read.defaultPolicy();
            this.packMetrics = List.of();
        } else {
            java.util.Set<String> templateIds = new java.util.LinkedHashSet<>();
            read.templates().forEach(t -> templateIds.add(t.id()));
            PackAssembly assembly = PackAssembly.of(packs, builtInAll, templateIds, loader);
            // the rule base is this engine's own (built above from the models), so removing rules does not touch another engine's
            Map<String, RuleDescriptor> merged = new LinkedHashMap<>();
            for (Map.Entry<String, RuleDescriptor> entry : builtIn.entrySet()) {
                if (assembly.replaced.contains(entry.getValue().id())) {
                    String[] key = entry.getKey().split("/", 2);
                    base.removeRule(key[0], key[1]);
                } else {
                    merged.put(entry.getKey(), entry.getValue());
                }
            }
            withContextClassLoader(loader, () -> {
                ((org.drools.core.impl.InternalRuleBase) base).addPackages(assembly.packages);
                return null;
            });
            merged.putAll(assembly.describe());
            List<Check> allChecks = new ArrayList<>(read.checks().stream().filter(c -> !assembly.replaced.contains(c.id())).toList());
            allChecks.addAll(assembly.checks);
            List<RuleDescriptor> all = new ArrayList<>(merged.values());
            allChecks.forEach(c -> all.add(describe(c)));
            Map<Locale, Map<String, RuleText>> texts = new LinkedHashMap<>();
            read.texts().forEach((locale, byId) -> {
                Map<String, RuleText> combined = new LinkedHashMap<>(byId);
                combined.putAll(assembly.texts.getOrDefault(locale, Map.of()));
                texts.put(locale, Collections.unmodifiableMap(combined));
            });
            Policy policy = read.defaultPolicy();
            for (Policy packPolicy : assembly.policies) {
                policy = policy.overriddenBy(packPolicy);
            }
            this.kieBase = base;
            this.descriptors = Map.copyOf(merged);
            this.checks = List.copyOf(allChecks);
            this.catalog = new RuleCatalog(checkUnique(all), texts);
            this.defaultPolicy = policy;
            this.packMetrics = List.copyOf(assembly.metrics);
        }
        this.actionTemplates = checkTemplates(read.templates(), catalog);
        LOG.debug("rule base ready: {} rules, {} packs in {} ms", catalog.rules().size(), packs.size(), (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public List<dev.itss.measure.MetricDefinition> metrics() {
        return packMetrics;
    }

    @Override
    public String name() {
        return "drools";
    }

    @Override
    public RuleCatalog catalog() {
        return catalog;
    }

    @Override
    public Policy defaultPolicy() {
        return defaultPolicy;
    }

    @Override
    public List<ActionTemplate> actionTemplates() {
        return actionTemplates;
    }

    @Override
    public Detection detect(Facts facts, Set<String> disabledRules) {
        KieSession session = kieBase.newKieSession();
        try {
            List<FiredRule> fired = new ArrayList<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(new FiredRule(ruleId(event.getMatch()), subjectOf(event.getMatch())));
                }
            });
            List<Object> all = facts.all();
            all.forEach(session::insert);
            int inserted = all.size();
            for (Check check : checks) {
                if (!disabledRules.contains(check.id())) {
                    session.insert(check);
                    inserted++;
                }
            }
            int limit = Math.max(1_000, inserted * MAX_FIRINGS_PER_FACT);
            List<Finding> findings = new ArrayList<>();
            int count;
            try {
                count = Justify.collecting(findings, () -> RuleMetadata.whileFiring(descriptors, () -> session.fireAllRules(
                        match -> disabledRules.isEmpty() || !disabledRules.contains(ruleId(match)), limit)));
            } catch (org.kie.api.runtime.rule.ConsequenceException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                String id = ruleId(e.getMatch());
                String subject = subjectOf(e.getMatch());
                throw new dev.itss.engine.RuleFailedException(id, subject, "rule " + id + " failed" + (subject.isEmpty() ? "" : " on " + subject)
                        + ": " + cause, cause);
            }
            if (count >= limit) {
                throw looping(fired, limit);
            }
            List<ActionLink> links = new ArrayList<>();
            for (Object fact : session.getObjects(ActionLink.class::isInstance)) {
                links.add((ActionLink) fact);
            }
            return new Detection(findings, fired, links);
        } finally {
            session.dispose();
        }
    }

    /** The firing limit was reached: name the rule that fired most often in the last firings, and its subject. */
    private static dev.itss.engine.RuleFailedException looping(List<FiredRule> fired, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<FiredRule> recent = fired.subList(Math.max(0, fired.size() - 1_000), fired.size());
        recent.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        String rule = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
        String subject = recent.stream().filter(f -> f.ruleId().equals(rule)).map(FiredRule::subjectKey).reduce((a, b) -> b).orElse("");
        return new dev.itss.engine.RuleFailedException(rule, subject, "rule " + rule + " fired " + counts.getOrDefault(rule, 0)
                + " of the last " + recent.size() + " firings and the assessment stopped at the firing limit of " + limit
                + "; the rule probably loops: it modifies or inserts a fact that makes it match again (a rule must not re-trigger itself)", null);
    }

    /** The id of the rule a match belongs to: the row's id for the generic check rule. */
    private String ruleId(Match match) {
        RuleDescriptor descriptor = descriptors.get(RuleMetadata.key(match.getRule()));
        if (descriptor != null) {
            return descriptor.id();
        }
        return match.getObjects().stream().filter(Check.class::isInstance).map(o -> ((Check) o).id()).findFirst()
                .orElse(match.getRule().getName());
    }

    /** The subject of a match: the first figure's or entity's it matched, empty when none. */
    private static String subjectOf(Match match) {
        for (Object o : match.getObjects()) {
            if (o instanceof Measurement m) {
                return m.subject().key();
            }
        }
        for (Object o : match.getObjects()) {
            Optional<Subject> subject = Subjects.find(o);
            if (subject.isPresent()) {
                return subject.get().key();
            }
        }
        return "";
    }

    /** A check row as a rule descriptor: its inputs are its metric and the one alongside it. */
    private static RuleDescriptor describe(Check check) {
        return new RuleDescriptor(check.id(), check.element(), check.severity(), check.domain(), check.lifecycle(), check.metrics(),
                RuleKind.CHECK, "");
    }

    /** Rule ids are unique across the DRL rules and the check rows. */
    private static List<RuleDescriptor> checkUnique(List<RuleDescriptor> rules) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (RuleDescriptor rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalStateException("rule id " + rule.id() + " is used twice (a DRL rule and a row of " + CHECKS + ", or two of either)");
            }
        }
        return List.copyOf(rules);
    }

    /** Reads the checks table; every metric must be in the catalogue. */
    static List<Check> loadChecks(ClassLoader loader) {
        String text = resource(loader, CHECKS, "checks table");
        // validated in full (binding and Bean Validation) by the rule pack's tests; read here from the
        // tree, without binding, to keep the start fast
        List<Check> rows = new ArrayList<>();
        try {
            for (com.fasterxml.jackson.databind.JsonNode row : dev.itss.internal.Mappers.yaml().readTree(text).path("checks")) {
                List<String> domain = new ArrayList<>();
                row.path("domain").forEach(d -> domain.add(d.asText()));
                rows.add(new Check(row.path("id").asText(), row.path("metric").asText(),
                        dev.itss.model.Element.valueOf(row.path("element").asText()), dev.itss.model.Severity.valueOf(row.path("severity").asText()),
                        domain, row.path("lifecycle").asText(), row.path("countedBy").asText(""), row.path("alongside").asText("")));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the built-in checks table " + CHECKS + ": " + e.getMessage(), e);
        }
        for (Check check : rows) {
            if (dev.itss.measure.MetricCatalog.standard().find(check.metric()).isEmpty()) {
                throw new IllegalStateException(CHECKS + ": check " + check.id() + " compares unknown metric " + check.metric());
            }
            for (String other : List.of(check.countedBy(), check.alongside())) {
                if (!other.isEmpty() && dev.itss.measure.MetricCatalog.standard().find(other).isEmpty()) {
                    throw new IllegalStateException(CHECKS + ": check " + check.id() + " names unknown metric " + other);
                }
            }
        }
        return List.copyOf(rows);
    }

    /** The reader of a checks table. */
    static DocumentReader<ChecksFile> checksReader() {
        return new DocumentReader<>(ChecksFile.class, f -> List.<dev.itss.read.InputProblem>of());
    }

    /** The shape of a checks table. */
    record ChecksFile(@jakarta.validation.constraints.NotEmpty List<@jakarta.validation.constraints.NotNull @jakarta.validation.Valid Check> checks) {}

    static List<Model> loadModels(ClassLoader loader) {
        List<Model> models = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the precompiled rule index " + MODEL_INDEX
                        + " is missing from the classpath; itss-rules was built without kie-maven-plugin");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.trim();
                if (name.isEmpty() || name.contains(":")) {
                    continue; // "Drools-Model-Version:10.2.0" header
                }
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_INDEX, e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load a precompiled rule model listed in " + MODEL_INDEX, e);
        }
        return models;
    }

    private static Map<String, RuleDescriptor> describeRules(KieBase kieBase) {
        Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                if (!RuleMetadata.isCheckRunner(rule)) {
                    rules.put(RuleMetadata.key(rule), RuleMetadata.describe(rule));
                }
            }
        }
        return Map.copyOf(rules);
    }

    /** Reads {@code messages[_zh_CN].properties} (UTF-8): keys {@code ID.title}, {@code ID.motivation}, {@code ID.message}, {@code ID.remediation}. */
    static Map<Locale, Map<String, RuleText>> loadTexts(ClassLoader loader) {
        Map<Locale, Map<String, RuleText>> texts = new LinkedHashMap<>();
        for (Locale locale : LANGUAGES) {
            String resource = TEXTS + (locale.equals(Locale.ENGLISH) ? "" : "_" + locale) + ".properties";
            Properties properties = new Properties();
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("rule texts " + resource + " are missing from the classpath");
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
            Map<String, RuleText> byId = new LinkedHashMap<>();
            for (String key : properties.stringPropertyNames()) {
                int dot = key.lastIndexOf('.');
                if (dot > 0) {
                    byId.putIfAbsent(key.substring(0, dot), null);
                }
            }
            for (String id : byId.keySet()) {
                byId.put(id, text(properties, id));
            }
            texts.put(locale, Collections.unmodifiableMap(byId));
        }
        return texts;
    }

    /** A rule's texts from a messages file: {@code ID.title}, {@code ID.motivation}, {@code ID.message}, {@code ID.remediation}, {@code ID.severity}. */
    static RuleText text(Properties properties, String id) {
        return new RuleText(properties.getProperty(id + ".title", ""), properties.getProperty(id + ".motivation", ""),
                properties.getProperty(id + ".message", ""), properties.getProperty(id + ".remediation", ""),
                properties.getProperty(id + ".severity", ""));
    }

    static Policy loadDefaultPolicy(ClassLoader loader) {
        // validated in full by the rule pack's tests; read here without Bean Validation to keep the start fast
        return PolicyReader.standard().readBuiltIn(DEFAULT_POLICY, resource(loader, DEFAULT_POLICY, "default policy"), DocumentFormat.YAML);
    }

    /** A built-in resource as text; its absence is a broken build, named with what it is. */
    private static String resource(ClassLoader loader, String name, String what) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The action templates, each improvement rule's {@code @action} checked against them. */
    /** What the pack reads besides its rules. */
    private record PackResources(List<Check> checks, Map<Locale, Map<String, RuleText>> texts, Policy defaultPolicy, List<ActionTemplate> templates) {
        static PackResources read(ClassLoader loader) {
            dev.itss.measure.MetricCatalog.standard();   // the checks name its metrics, and the engine reads it next
            return new PackResources(loadChecks(loader), loadTexts(loader), loadDefaultPolicy(loader), readActionTemplates(loader));
        }
    }

    /** The result of a start-up task, with its own exception when it failed. */
    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static List<ActionTemplate> readActionTemplates(ClassLoader loader) {
        // validated in full by the rule pack's tests; read here without Bean Validation
        return templatesReader().readBuiltIn(ACTION_TEMPLATES, resource(loader, ACTION_TEMPLATES, "action templates"), DocumentFormat.YAML).templates();
    }

    /** The templates, each improvement rule's {@code @action} checked against them. */
    private static List<ActionTemplate> checkTemplates(List<ActionTemplate> templates, RuleCatalog catalog) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        templates.forEach(t -> {
            if (!ids.add(t.id())) {
                throw new IllegalStateException(ACTION_TEMPLATES + ": duplicate template " + t.id());
            }
        });
        for (RuleDescriptor rule : catalog.rules()) {
            if (rule.kind() == RuleKind.IMPROVEMENT && !ids.contains(rule.action())) {
                throw new IllegalStateException("improvement rule " + rule.id() + " links to template " + rule.action()
                        + ", which " + ACTION_TEMPLATES + " does not define");
            }
        }
        return List.copyOf(templates);
    }

    /** The reader of the templates file. */
    static DocumentReader<TemplatesFile> templatesReader() {
        return new DocumentReader<>(TemplatesFile.class, f -> List.<dev.itss.read.InputProblem>of());
    }

    /** The shape of the templates file. */
    record TemplatesFile(@jakarta.validation.constraints.NotEmpty List<@jakarta.validation.constraints.NotNull @jakarta.validation.Valid ActionTemplate> templates) {}

    /** Drools finds its services through the context class loader; set it around the bootstrap (docs/drools.md). */
    static <T> T withContextClassLoader(ClassLoader loader, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

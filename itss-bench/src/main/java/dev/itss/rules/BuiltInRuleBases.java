package dev.itss.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The built-in rules' rule base built two ways, for the cold-start benchmark: from the executable
 * model {@code kie-maven-plugin} generated at build time (what {@link DroolsRuleEngine} does), and
 * from the same DRL files compiled at start by the classic builder (what a rule pack costs). The
 * bench jar carries the built-in DRL files under {@link #DRL_FOLDER} (copied by its POM from
 * {@code itss-rules}); the library's jar does not ship them.
 *
 * <p>In the package of {@link DroolsRuleEngine} to reuse its model loading, which is package-private.
 */
public final class BuiltInRuleBases {
    /** Where the bench jar holds the built-in DRL files. */
    public static final String DRL_FOLDER = "itss-bench/builtin-drl/";
    /** The built-in DRL files, relative to {@link #DRL_FOLDER} (the folders of itss-rules). */
    public static final List<String> DRL_FILES = List.of("checks/checks.drl", "people/people.drl", "process/process.drl",
            "resources/resources.drl", "supervision/supervision.drl", "technology/technology.drl");

    private BuiltInRuleBases() {}

    /** The rule base from the precompiled executable model, as the engine builds it. */
    public static KieBase precompiled() {
        ClassLoader loader = DroolsRuleEngine.class.getClassLoader();
        return DroolsRuleEngine.withContextClassLoader(loader, () -> KieBaseBuilder.createKieBaseFromModel(DroolsRuleEngine.loadModels(loader)));
    }

    /** The rule base from the same rules' DRL, parsed and compiled now by the classic builder. */
    public static KieBase compiledFromDrl() {
        ClassLoader loader = DroolsRuleEngine.class.getClassLoader();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader));
        for (String file : DRL_FILES) {
            try (InputStream in = loader.getResourceAsStream(DRL_FOLDER + "dev/itss/rules/" + file)) {
                if (in == null) {
                    throw new IllegalStateException(DRL_FOLDER + file + " is not on the class path; build itss-bench with Maven");
                }
                builder.add(ResourceFactory.newByteArrayResource(in.readAllBytes()).setSourcePath(file), ResourceType.DRL);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (builder.hasErrors()) {
            throw new IllegalStateException("the built-in DRL does not compile: " + builder.getErrors());
        }
        return builder.newKieBase();
    }

    /**
     * The ids of an engine's rules of one kind, from its catalogue: {@link dev.itss.check.RuleKind#DETECTION}
     * for the DRL rules, {@link dev.itss.check.RuleKind#CHECK} for the rows of the checks tables.
     */
    public static Set<String> ruleIds(dev.itss.check.RuleCatalog catalog, dev.itss.check.RuleKind kind) {
        Set<String> ids = new TreeSet<>();
        catalog.rules().stream().filter(rule -> rule.kind() == kind).forEach(rule -> ids.add(rule.id()));
        return ids;
    }

    /** {@code package/rule name} of every rule of a rule base, sorted: what the two builds must agree on. */
    public static Set<String> ruleNames(KieBase base) {
        Set<String> names = new TreeSet<>();
        for (KiePackage kiePackage : base.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                names.add(kiePackage.getName() + "/" + rule.getName());
            }
        }
        return names;
    }
}

package dev.itss.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.itss.engine.AssessmentEngine;
import dev.itss.check.RuleCatalog;
import dev.itss.check.RuleDescriptor;
import dev.itss.check.RuleKind;
import dev.itss.improve.ActionTemplate;
import dev.itss.internal.Mappers;
import dev.itss.measure.MetricCatalog;
import dev.itss.measure.MetricDefinition;
import dev.itss.policy.Band;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code itss rules list} and {@code itss metrics list}. */
final class CatalogueCommands {
    private CatalogueCommands() {}

    enum Format { TEXT, JSON }

    @Command(name = "rules", description = "The rules: list them, or check a rule pack.", subcommands = {RulesList.class, RulesCheck.class},
            mixinStandardHelpOptions = true)
    static final class Rules {}

    /** {@code itss rules check DIR}: every problem of a pack at once; exit 0 when clean, 2 with the list. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            footer = {"", "Example:", "  itss rules check itss-examples/src/main/resources/dev/itss/examples/packs/hospital-desk"},
            description = "Check rule packs: compile their DRL, lint it (metadata, ids, names of metrics and fields, no threshold numbers in "
                    + "constraints, no calls outside the assessment) and check their texts, checks and policy. Prints every problem "
                    + "with file, line and rule; exit 0 when clean, 2 otherwise.")
    static final class RulesCheck implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Parameters(paramLabel = "DIR", arity = "1..*", description = "Rule pack folders.")
        List<java.nio.file.Path> packs;

        @Option(names = "--trusted", description = "Do not refuse file, network, process or reflection calls (a trusted pack).")
        boolean trusted;

        @Override
        public Integer call() {
            AssessmentEngine.Builder builder = AssessmentEngine.builder();
            List<dev.itss.engine.RulePack> read = new ArrayList<>();
            for (java.nio.file.Path folder : packs) {
                dev.itss.engine.RulePack pack = dev.itss.engine.RulePack.fromFolder(folder);
                read.add(pack);
                if (trusted) {
                    builder.withTrustedPack(pack);
                } else {
                    builder.withPack(pack);
                }
            }
            AssessmentEngine engine = builder.build();   // every problem of every pack, or none
            AssessmentEngine builtIn = AssessmentEngine.load();
            java.util.Set<String> before = new java.util.LinkedHashSet<>();
            builtIn.rules().rules().forEach(r -> before.add(r.id()));
            List<String> added = engine.rules().rules().stream().map(r -> r.id()).filter(id -> !before.contains(id)).toList();
            java.util.Set<String> disabled = new java.util.LinkedHashSet<>(engine.defaultPolicy().disabledRules());
            disabled.removeAll(builtIn.defaultPolicy().disabledRules());
            var out = spec.commandLine().getOut();
            for (dev.itss.engine.RulePack pack : read) {
                out.println(pack.origin() + ": ok (" + pack.files().size() + " files)");
            }
            out.println("adds " + added + "; disables " + List.copyOf(disabled) + "; " + engine.metrics().definitions().size()
                    + " metrics (" + engine.metrics().added().size() + " of the packs)");
            return 0;
        }
    }

    @Command(name = "metrics", description = "The metric catalogue.", subcommands = MetricsList.class, mixinStandardHelpOptions = true)
    static final class Metrics {}

    @Command(name = "list", mixinStandardHelpOptions = true,
            footer = {"", "Example:", "  itss rules list"},
            description = "List the rules: id, element, severity, ITSS items, titles in English and Chinese.")
    static final class RulesList implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        OutputFile output;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json.")
        Format format;

        @Override
        public Integer call() {
            AssessmentEngine engine = AssessmentEngine.load();
            RuleCatalog rules = engine.rules();
            java.util.Map<String, ActionTemplate> templates = new java.util.HashMap<>();
            engine.actionTemplates().forEach(t -> templates.put(t.id(), t));
            java.io.StringWriter buffer = new java.io.StringWriter();
            PrintWriter out = new PrintWriter(buffer);
            if (format == Format.JSON) {
                out.print(json("rules", rules.rules().stream().map(r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", r.id());
                    row.put("element", r.element());
                    row.put("severity", r.severity());
                    row.put("domainIds", r.domainIds());
                    row.put("lifecycle", r.lifecycle());
                    row.put("inputs", r.inputs());
                    row.put("kind", r.kind());
                    if (r.kind() == RuleKind.IMPROVEMENT) {
                        row.put("action", r.action());
                    }
                    row.put("title", dev.itss.internal.Maps.ordered("en", title(r, rules, templates, Locale.ENGLISH), "zh-CN", title(r, rules, templates, Locale.SIMPLIFIED_CHINESE)));
                    return row;
                }).toList()));
            } else {
                out.printf("%-8s %-11s %-9s %-22s %s%n", "ID", "ELEMENT", "SEVERITY", "ITSS", "TITLE");
                for (RuleDescriptor r : rules.rules()) {
                    out.printf("%-8s %-11s %-9s %-22s %s / %s%n", r.id(), r.element(), r.kind() == RuleKind.IMPROVEMENT ? "-" : r.severity(),
                            String.join(",", r.domainIds()), title(r, rules, templates, Locale.ENGLISH), title(r, rules, templates, Locale.SIMPLIFIED_CHINESE));
                }
            }
            out.flush();
            return output.print(spec, buffer.toString());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            footer = {"", "Example:", "  itss metrics list --format json --output metrics.json"},
            description = "List the metrics: id, ITSS item, names, unit, direction, default band.")
    static final class MetricsList implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        OutputFile output;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json.")
        Format format;

        @Override
        public Integer call() {
            List<MetricDefinition> metrics = MetricCatalog.standard().definitions();
            java.io.StringWriter buffer = new java.io.StringWriter();
            PrintWriter out = new PrintWriter(buffer);
            if (format == Format.JSON) {
                out.print(json("metrics", metrics.stream().map(d -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", d.id());
                    row.put("item", d.item());
                    row.put("element", d.element());
                    row.put("name", dev.itss.internal.Maps.ordered("en", d.name().en(), "zh-CN", d.name().zh()));
                    row.put("unit", d.unit());
                    row.put("direction", d.direction());
                    Band band = d.band();
                    row.put("band", dev.itss.internal.Maps.ordered("warning", band.warning(), "breach", band.breach(), "source", band.source()));
                    return row;
                }).toList()));
            } else {
                out.printf("%-42s %-7s %-7s %-17s %8s %8s  %s%n", "ID", "ITEM", "UNIT", "DIRECTION", "WARNING", "BREACH", "NAME");
                for (MetricDefinition d : metrics) {
                    out.printf(Locale.ROOT, "%-42s %-7s %-7s %-17s %8s %8s  %s / %s%n", d.id(), d.item(), d.unit(), d.direction(),
                            number(d.band().warning()), number(d.band().breach()), d.name().en(), d.name().zh());
                }
            }
            out.flush();
            return output.print(spec, buffer.toString());
        }
    }

    /** A detection rule's title, or for an improvement rule the title of the action it links to. */
    private static String title(RuleDescriptor rule, RuleCatalog rules, Map<String, ActionTemplate> templates, Locale locale) {
        if (rule.kind() == RuleKind.IMPROVEMENT && templates.containsKey(rule.action())) {
            return "-> " + rule.action() + " " + templates.get(rule.action()).title().in(locale);
        }
        return rules.text(rule.id(), locale).title();
    }

    /** A number as YAML and people write it: {@code 1} rather than {@code 1.0}. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** The version of the rule and metric lists' JSON layout ({@code rules.schema.json}, {@code metrics.schema.json}). */
    static final int SCHEMA_VERSION = 1;

    /** A list as a JSON document of its kind: {@code {"schemaVersion": 1, "kind": "rules", "rules": [...]}}. */
    private static String json(String kind, java.util.List<?> list) {
        return json(dev.itss.internal.Maps.ordered("schemaVersion", SCHEMA_VERSION, "kind", kind, kind, list));
    }

    private static String json(Object value) {
        try {
            return Mappers.json().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}

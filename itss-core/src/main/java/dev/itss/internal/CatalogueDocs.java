package dev.itss.internal;

import dev.itss.check.RuleCatalog;
import dev.itss.check.RuleDescriptor;
import dev.itss.check.RuleKind;
import dev.itss.check.RuleText;
import dev.itss.improve.ActionTemplate;
import dev.itss.measure.Direction;
import dev.itss.measure.FactDoc;
import dev.itss.measure.Facts;
import dev.itss.measure.Measurement;
import dev.itss.measure.Measurements;
import dev.itss.measure.MetricCatalog;
import dev.itss.measure.MetricDefinition;
import dev.itss.measure.Subjects;
import dev.itss.measure.Unit;
import dev.itss.model.Element;
import dev.itss.model.References;
import dev.itss.records.RecordField;
import dev.itss.records.RecordKind;
import dev.itss.records.RecordKpiCatalog;
import dev.itss.records.RecordMapping;
import dev.itss.report.Texts;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The reference documents generated from the catalogues: {@code docs/metrics.md},
 * {@code docs/rules.md} (bilingual) and {@code docs/records.md}. A test fails when the committed files differ from what this
 * generates, so the documents never drift from the definitions.
 *
 * <pre>{@code
 * Files.writeString(Path.of("docs/metrics.md"), CatalogueDocs.metrics(MetricCatalog.standard()));
 * }</pre>
 */
public final class CatalogueDocs {
    private CatalogueDocs() {}

    /** {@code docs/metrics.md}: every metric with its item, names, definition, inputs and default band. */
    public static String metrics(MetricCatalog catalogue) {
        return metrics(catalogue, RecordKpiCatalog.standard());
    }

    /**
     * {@code docs/metrics.md}: every metric, then the KPIs of each kind of operational record
     * with their exact definitions.
     */
    public static String metrics(MetricCatalog catalogue, RecordKpiCatalog recordKpis) {
        StringBuilder out = new StringBuilder();
        out.append("# Metrics / 指标目录\n\n")
                .append("Generated from `itss-core/src/main/resources/dev/itss/measure/catalogue.yaml`; do not edit by hand.\n")
                .append("Regenerate with `mvn -pl itss-cli test -Dtest=GeneratedDocsTest -Ditss.updateDocs=true`.\n\n")
                .append("A value beyond the warning bound raises a finding one severity step below its rule's; beyond the breach bound, ")
                .append("at the rule's severity; a value equal to a bound is on the good side of it. An organisation's policy overrides any band.\n");
        for (Element element : Element.values()) {
            List<MetricDefinition> metrics = catalogue.definitions().stream().filter(d -> d.element() == element).toList();
            if (metrics.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(element.english()).append(" / ").append(element.chinese()).append("\n\n");
            out.append("| id | item | name | unit | better | warning | breach |\n|---|---|---|---|---|---|---|\n");
            for (MetricDefinition d : metrics) {
                out.append("| `").append(d.id()).append("` | ").append(d.item()).append(" | ").append(d.name().en()).append(" / ")
                        .append(d.name().zh()).append(" | ").append(unit(d.unit())).append(" | ")
                        .append(d.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower").append(" | ")
                        .append(bound(d.band().warning(), d.unit())).append(" | ").append(bound(d.band().breach(), d.unit())).append(" |\n");
            }
            for (MetricDefinition d : metrics) {
                out.append("\n### `").append(d.id()).append("`: ").append(d.name().en()).append(" / ").append(d.name().zh()).append("\n\n");
                out.append("- ITSS item: ").append(d.item()).append("; one value per ").append(d.subject()).append('\n');
                out.append("- Definition: ").append(d.formula()).append('\n');
                out.append("- Inputs: ").append(String.join(", ", d.inputs().stream().map(i -> "`" + i + "`").toList())).append('\n');
                out.append("- Default band: warning ").append(bound(d.band().warning(), d.unit())).append(", breach ")
                        .append(bound(d.band().breach(), d.unit())).append(" (").append(d.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower")
                        .append(" is better)\n");
                d.band().windowDays().ifPresent(days -> out.append("- Window: ").append(days).append(" days before the period end (`windowDays` of the band; a policy may set its own)\n"));
                out.append("- Source: ").append(d.band().source()).append('\n');
            }
        }
        recordKpis(out, recordKpis);
        return out.toString();
    }

    /**
     * {@code docs/records.md}: how a mapping reads an export, then for each kind of record its
     * canonical fields and the shipped presets with the column each field is read from.
     */
    private static String guide() {
        try (java.io.InputStream in = CatalogueDocs.class.getClassLoader().getResourceAsStream("dev/itss/records/guide.md")) {
            if (in == null) {
                throw new IllegalStateException("dev/itss/records/guide.md is missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static String records() {
        StringBuilder out = new StringBuilder();
        out.append("# Operational records / 运维记录\n\n")
                .append("Generated from the field enums (`dev.itss.records.*Field`) and the presets under ")
                .append("`itss-core/src/main/resources/dev/itss/records/presets/`; do not edit by hand.\n")
                .append("Regenerate with `mvn -pl itss-cli test -Dtest=GeneratedDocsTest -Ditss.updateDocs=true`.\n\n")
                .append("An export is read through a mapping (a preset, or a YAML/JSON file of the same shape): `kind` says what the rows are; ")
                .append("`delimiter` (one character), `encoding` (UTF-8 with or without BOM, GBK, GB18030...), `dateFormats` (tried in order; ")
                .append("the one that read a column last is tried first), `missing` (tokens that mean no value), `columns` (canonical field to ")
                .append("column header) and `values` (per field, export value to canonical value; the key `\"*\"` maps every other value). ")
                .append("`zone` (the time zone of times written without a UTC offset; UTC when absent, never the machine's zone; a time with an offset is the instant it names), ")
                .append("`constants` (per field, a value every row has, e.g. `type: CHANGE`; it stands for a required column) and `events` (how an event log's ticket times derive from its events). ")
                .append("CSV needs a header row; a file ending in .jsonl, .ndjson or .json is read as JSON lines keyed by the column names. ")
                .append("The KPIs computed from each kind are defined in `docs/metrics.md`.\n\n")
                .append("The guide sections below come from `itss-core/src/main/resources/dev/itss/records/guide.md`; the reference of each kind ")
                .append("after them from the code.\n\n");
        out.append(guide());
        out.append("\n# Reference: kinds, fields and presets\n");
        for (RecordKind kind : RecordKind.values()) {
            out.append("\n## Kind `").append(kind.key()).append("`\n\n");
            out.append("| field | required | what it holds |\n|---|---|---|\n");
            for (RecordField field : kind.fields()) {
                out.append("| `").append(field.key()).append("` | ").append(field.isRequired() ? "yes" : "").append(" | ")
                        .append(field.description().replace("|", "\\|")).append(" |\n");
            }
            for (String name : RecordMapping.PRESETS) {
                RecordMapping preset = RecordMapping.preset(name);
                if (preset.recordKind() != kind) {
                    continue;
                }
                out.append("\n### Preset `").append(name).append("`\n\n");
                out.append("- delimiter `").append(preset.delimiter()).append("`, encoding ").append(preset.encoding())
                        .append(", date formats ").append(String.join(", ", preset.dateFormats().stream().map(f -> "`" + f + "`").toList()))
                        .append(", missing ").append(String.join(", ", preset.missing().stream().map(m -> m.isEmpty() ? "(empty)" : "`" + m + "`").toList())).append('\n');
                out.append("- columns: ");
                List<String> columns = new java.util.ArrayList<>();
                for (RecordField field : kind.fields()) {
                    String column = preset.columns().get(field.key());
                    if (column != null) {
                        String mapped = preset.values().containsKey(field.key()) ? " (" + preset.values().get(field.key()).size() + " values mapped)" : "";
                        columns.add("`" + field.key() + "` ← \"" + column + "\"" + mapped);
                    }
                }
                out.append(String.join("; ", columns)).append('\n');
            }
        }
        return out.toString();
    }

    private static void recordKpis(StringBuilder out, RecordKpiCatalog catalog) {
        out.append("\n## KPIs of operational records / 运维记录指标\n\n")
                .append("Generated from `itss-core/src/main/resources/dev/itss/records/kpis.yaml`. `itss kpi` computes these from an export ")
                .append("(the id is the key in `--format json`); in an assessment, those with a metric feed it, in place of the snapshot's ")
                .append("declared figure whenever the records give one (a denominator above 0). Fields are the canonical fields a mapping maps columns to.\n");
        for (RecordKpiCatalog.Kind kind : catalog.kinds()) {
            out.append("\n### Kind `").append(kind.kind()).append("`\n\n");
            kind.basis().forEach(b -> out.append("- ").append(b).append('\n'));
            out.append("\n| id | item | name | feeds metric | fields |\n|---|---|---|---|---|\n");
            for (RecordKpiCatalog.Kpi kpi : kind.kpis()) {
                out.append("| `").append(kpi.id()).append("` | ").append(kpi.item()).append(" | ").append(kpi.name().en()).append(" / ")
                        .append(kpi.name().zh()).append(" | ").append(kpi.metric().map(m -> "`" + m + "`").orElse("-")).append(" | ")
                        .append(String.join(", ", kpi.fields())).append(" |\n");
            }
            out.append('\n');
            for (RecordKpiCatalog.Kpi kpi : kind.kpis()) {
                out.append("- `").append(kpi.id()).append("`: ").append(kpi.definition()).append('\n');
            }
        }
    }

    /**
     * {@code docs/rules.md}: every detection rule with its metadata and its texts in both
     * languages, then the action templates with the improvement rules that link findings to them.
     */
    public static String rules(RuleCatalog rules, MetricCatalog metrics, List<ActionTemplate> templates) {
        List<RuleDescriptor> detection = rules.rules().stream().filter(r -> r.kind() != RuleKind.IMPROVEMENT).toList();
        List<RuleDescriptor> improvement = rules.rules().stream().filter(r -> r.kind() == RuleKind.IMPROVEMENT).toList();
        StringBuilder out = new StringBuilder();
        String crossTable = "";
        out.append("# Rules / 规则目录\n\n")
                .append("Generated from the rule metadata and texts of `itss-rules`; do not edit by hand.\n")
                .append("Regenerate with `mvn -pl itss-cli test -Dtest=GeneratedDocsTest -Ditss.updateDocs=true`.\n\n")
                .append("| id | element | severity | ITSS items | lifecycle | title |\n|---|---|---|---|---|---|\n");
        List<RuleDescriptor> across = detection.stream().filter(RuleDescriptor::crossElement).toList();
        if (!across.isEmpty()) {
            StringBuilder table = new StringBuilder("\n## Cross-element rules / 跨要素规则\n\n")
                    .append("Each joins entities of several elements over the links of the snapshot (`@joins`); the report opens with their findings.\n\n")
                    .append("| id | title | links joined |\n|---|---|---|\n");
            for (RuleDescriptor rule : across) {
                table.append("| ").append(rule.id()).append(" | ").append(rules.text(rule.id(), Locale.ENGLISH).title()).append(" | ")
                        .append(String.join(", ", rule.joins().stream().map(j -> "`" + j + "`").toList())).append(" |\n");
            }
            crossTable = table.toString();
        }
        for (RuleDescriptor rule : detection) {
            out.append("| ").append(rule.id()).append(" | ").append(rule.element()).append(" | ").append(rule.severity()).append(" | ")
                    .append(String.join(", ", rule.domainIds())).append(" | ").append(rule.lifecycle()).append(" | ")
                    .append(rules.text(rule.id(), Locale.ENGLISH).title()).append(" / ").append(rules.text(rule.id(), Locale.SIMPLIFIED_CHINESE).title())
                    .append(" |\n");
        }
        out.append(crossTable);
        for (RuleDescriptor rule : detection) {
            RuleText en = rules.text(rule.id(), Locale.ENGLISH);
            RuleText zh = rules.text(rule.id(), Locale.SIMPLIFIED_CHINESE);
            out.append("\n## ").append(rule.id()).append(": ").append(en.title()).append(" / ").append(zh.title()).append("\n\n");
            out.append("- Element: ").append(rule.element().english()).append(" / ").append(rule.element().chinese())
                    .append("; severity of a breach: ").append(rule.severity()).append("; lifecycle: ").append(rule.lifecycle()).append('\n');
            out.append("- ITSS items: ").append(String.join(", ", rule.domainIds())).append('\n');
            out.append("- Kind: ").append(rule.kind() == RuleKind.CHECK ? "aggregate check (a row of the checks table)" : "domain rule (DRL)").append('\n');
            out.append("- Reads: ").append(String.join(", ", rule.inputs().stream()
                    .map(i -> "`" + i + "`" + metrics.find(i).map(d -> " (" + d.name().en() + ")").orElse("")).toList())).append('\n');
            if (rule.crossElement()) {
                out.append("- Joins: ").append(String.join(", ", rule.joins().stream().map(j -> "`" + j + "`").toList())).append('\n');
            }
            out.append("- Why: ").append(en.motivation()).append("\n  ").append(zh.motivation()).append('\n');
            out.append("- Message: ").append(en.message()).append("\n  ").append(zh.message()).append('\n');
            out.append("- Remediation: ").append(en.remediation()).append("\n  ").append(zh.remediation()).append('\n');
            if (!en.severityReason().isEmpty()) {
                out.append("- Severity: ").append(en.severityReason()).append("\n  ").append(zh.severityReason()).append('\n');
            }
        }
        out.append("\n# Improvement actions / 改进措施\n\n")
                .append("Each action template lists the rules whose findings it addresses (an improvement rule of a pack may add a link a list cannot decide); the plan holds one action per template, ")
                .append("ranked by the highest severity of the findings it answers, then how many findings of that severity, then priority = (sum of severity weights INFO 1, LOW 2, MEDIUM 4, HIGH 8, ")
                .append("CRITICAL 16 of the findings addressed) x (1 + 0.25 x (elements spanned - 1)) / effort weight (LOW 1, MEDIUM 2, HIGH 3). A target is the policy's warning ")
                .append("bound of a metric the action moves, or the strategy goal's level; it belongs to the best-ranked action that moves it, and a HIGH-effort action reaches it ")
                .append("halfway by the next period and in full a period later.\n");
        for (ActionTemplate template : templates) {
            out.append("\n## ").append(template.id()).append(": ").append(template.title().en()).append(" / ").append(template.title().zh()).append("\n\n");
            out.append("- Element: ").append(template.element().english()).append(" / ").append(template.element().chinese())
                    .append("; effort: ").append(template.effort()).append("; owner: ").append(template.owner().en()).append(" / ")
                    .append(template.owner().zh()).append('\n');
            out.append("- What: ").append(template.description().en()).append("\n  ").append(template.description().zh()).append('\n');
            out.append("- Moves: ").append(String.join(", ", template.moves().stream().map(m -> "`" + m + "`").toList())).append('\n');
            out.append("- Target: ").append(template.target().en()).append("\n  ").append(template.target().zh()).append('\n');
            out.append("- Addresses: ").append(String.join(", ", template.addresses())).append('\n');
            List<String> linkedBy = improvement.stream().filter(r -> r.action().equals(template.id())).map(RuleDescriptor::id).toList();
            if (!linkedBy.isEmpty()) {
                out.append("- Also linked by: ").append(String.join(", ", linkedBy)).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * What covers each ITSS-DOMAIN item: the catalogue metrics of an M- item, the rules naming an
     * item (and, for an L- item, the rules of that lifecycle stage), the template of an A- item, and
     * the classes and commands marked {@link dev.itss.model.Covers}; empty for an item nothing covers.
     *
     * @param marked the names of the marked classes and commands by item id
     */
    public static Map<String, List<String>> coverage(RuleCatalog rules, MetricCatalog metrics, List<ActionTemplate> templates,
                                                     Map<String, List<String>> marked) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (dev.itss.model.ItssDomain.Item item : dev.itss.model.ItssDomain.items()) {
            List<String> by = new java.util.ArrayList<>();
            List<String> ofItem = metrics.definitions().stream().filter(m -> m.item().equals(item.id())).map(m -> "`" + m.id() + "`").toList();
            if (!ofItem.isEmpty()) {
                by.add("metrics " + String.join(", ", ofItem));
            }
            List<String> naming = rules.rules().stream().filter(r -> r.domainIds().contains(item.id())).map(RuleDescriptor::id).toList();
            if (!naming.isEmpty()) {
                by.add("rules " + String.join(", ", naming));
            }
            List<String> stage = rules.rules().stream().filter(r -> r.lifecycle().equals(item.id())).map(RuleDescriptor::id).toList();
            if (!stage.isEmpty()) {
                by.add("lifecycle of rules " + String.join(", ", stage));
            }
            templates.stream().filter(t -> t.id().equals(item.id())).findFirst().ifPresent(t -> by.add("action template " + t.id() + " (" + t.title().en() + ")"));
            List<String> code = marked.getOrDefault(item.id(), List.of());
            if (!code.isEmpty()) {
                by.add(String.join(", ", code));
            }
            out.put(item.id(), by);
        }
        return out;
    }

    /** {@code docs/itss-coverage.md}: every ITSS-DOMAIN item with what covers it (see {@link #coverage}). */
    public static String coverageDocument(Map<String, List<String>> coverage) {
        StringBuilder out = new StringBuilder("# ITSS coverage / ITSS 条目覆盖\n\n")
                .append("Generated from the ITSS domain list (`itss-core`: `dev/itss/domain/itss-domain.yaml`), the metric catalogue, the rule metadata, ")
                .append("the action templates and the classes and commands marked `@Covers`; do not edit by hand.\n")
                .append("Regenerate with `mvn -pl itss-cli test -Dtest=GeneratedDocsTest -Ditss.updateDocs=true`.\n\n");
        List<String> open = coverage.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        out.append(coverage.size() - open.size()).append(" of ").append(coverage.size()).append(" items covered");
        out.append(open.isEmpty() ? ".\n\n" : "; not yet covered: " + String.join(", ", open) + ".\n\n");
        out.append("| id | item | 条目 | covered by |\n|---|---|---|---|\n");
        for (dev.itss.model.ItssDomain.Item item : dev.itss.model.ItssDomain.items()) {
            List<String> by = coverage.get(item.id());
            out.append("| ").append(item.id()).append(" | ").append(item.en()).append(" | ").append(item.zh()).append(" | ")
                    .append(by.isEmpty() ? "**not yet covered**" : String.join("; ", by)).append(" |\n");
        }
        return out.toString();
    }

    /**
     * {@code docs/facts.md}: what a rule session holds, generated from {@link Facts} and the fact
     * types: each type with its fields, their units and the links a rule joins on.
     */
    public static String facts() {
        StringBuilder out = new StringBuilder();
        out.append("# Facts / 规则事实\n\n")
                .append("Generated from `dev.itss.measure.Facts` and the fact types; do not edit by hand.\n")
                .append("Regenerate with `mvn -pl itss-cli test -Dtest=GeneratedDocsTest -Ditss.updateDocs=true`.\n\n")
                .append("A rule session holds the facts below, each inserted once per assessment: the organisation's entities, the figures the ")
                .append("measure stage computed (one `Measurement` per metric and subject, from the snapshot's counts or, where given, the ")
                .append("operational records, which take the declared figure's place) and the policy's bands (`Threshold`). Fields are read ")
                .append("by their record accessor name (`Post( requiredHeadcount > 2 )`); optional fields are `Optional` and are read through ")
                .append("the helpers of `Ratios` and `Formulas` (`Formulas.isAbsent( treatmentPlanOn )`). A rule that needs a kind of fact ")
                .append("names it in `@inputs`: when the snapshot reports none, or an entity leaves out an optional field named `Type.field`, ")
                .append("the rule reports NOT_AVAILABLE instead of passing. Rules also insert their justifications (`PostUnderstaffed`, ")
                .append("`SlaMissed`...) as facts, which cross-element rules join.\n\n")
                .append("```\nrule \"PPL-001 post understaffed\"\nwhen\n    $p : Post( $id : id, $required : requiredHeadcount )\n")
                .append("    accumulate( Engineer( post == $id ); $staffed : count() )\n")
                .append("    $t : Threshold( metric == \"people.post_staffing_rate\", Bands.shareBeyond( direction, warning, $staffed, $required ) )\n")
                .append("then\n    Justify.raise(drools, new PostUnderstaffed(Subjects.of($p), $staffed, $required, ...), $t, ...);\nend\n```\n\n")
                .append("| component | fact type | what it holds |\n|---|---|---|\n");
        List<Class<?>> types = new ArrayList<>();
        for (RecordComponent component : Facts.class.getRecordComponents()) {
            Class<?> type = factType(component);
            FactDoc doc = component.getAnnotation(FactDoc.class);
            out.append("| `").append(component.getName()).append("` | ").append(type == null ? "" : "`" + type.getSimpleName() + "`")
                    .append(" | ").append(doc == null ? "" : doc.value()).append(" |\n");
            if (type != null && type.isRecord() && !types.contains(type)) {
                types.add(type);
            }
        }
        for (Class<?> type : types) {
            out.append("\n## `").append(type.getSimpleName()).append("`\n\n");
            Subjects.kind(type.getSimpleName()).ifPresent(kind -> out.append("From `").append(kind.path()).append("`; findings about it have the subject `")
                    .append(kind.subjectKind()).append(":ID`.\n\n"));
            out.append("| field | type | unit | links to |\n|---|---|---|---|\n");
            for (RecordComponent field : type.getRecordComponents()) {
                References link = field.getAnnotation(References.class);
                out.append("| `").append(field.getName()).append("` | ").append(typeName(field.getGenericType())).append(" | ")
                        .append(factUnit(field)).append(" | ").append(link == null ? "" : "`" + link.value() + ".id`").append(" |\n");
            }
        }
        return out.toString();
    }

    /** The type a component of Facts inserts: the element type of a list or optional, else its own type. */
    private static Class<?> factType(RecordComponent component) {
        return Facts.entityType(component).orElseGet(() -> component.getType() == Measurements.class ? Measurement.class
                : component.getType() == java.util.Map.class ? null : component.getType());
    }

    private static String typeName(java.lang.reflect.Type type) {
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            return ((Class<?>) p.getRawType()).getSimpleName() + "&lt;" + java.util.Arrays.stream(p.getActualTypeArguments())
                    .map(CatalogueDocs::typeName).collect(java.util.stream.Collectors.joining(", ")) + "&gt;";
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            return c.getSimpleName() + " (" + java.util.Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName)
                    .collect(java.util.stream.Collectors.joining(", ")) + ")";
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            return c.getSimpleName() + ": " + java.util.Arrays.stream(c.getEnumConstants()).map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
    }

    /** The unit a field is in, from its type and name: dates, hours, minutes, counts, money, text. */
    private static String factUnit(RecordComponent field) {
        String name = field.getName();
        String type = field.getGenericType().getTypeName();
        if (type.contains("LocalDate")) {
            return "date";
        }
        if (name.endsWith("Hours")) {
            return "hours";
        }
        if (name.endsWith("Minutes")) {
            return "minutes";
        }
        if (type.contains("BigDecimal")) {
            return "money";
        }
        if (type.contains("Integer") || type.equals("int") || type.equals("long") || type.contains("Long")) {
            return "count";
        }
        if (name.endsWith("Score") || name.equals("score")) {
            return "score";
        }
        if (type.contains("Double") || type.equals("double")) {
            return name.endsWith("Target") || name.endsWith("Rate") ? "ratio (0-1)" : "number";
        }
        return "";
    }

    private static String unit(Unit unit) {
        return switch (unit) {
            case RATIO -> "%";
            case DAYS -> "days";
            case HOURS -> "hours";
            case MINUTES -> "minutes";
            case COUNT -> "count";
            case SCORE -> "score";
            default -> unit.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String bound(double value, Unit unit) {
        if (unit == Unit.RATIO) {
            return Texts.percent(value);
        }
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

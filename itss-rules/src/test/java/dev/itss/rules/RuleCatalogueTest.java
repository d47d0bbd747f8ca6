package dev.itss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.engine.AssessmentEngine;
import dev.itss.check.Finding;
import dev.itss.check.RuleDescriptor;
import dev.itss.check.RuleKind;
import dev.itss.improve.ActionTemplate;
import dev.itss.model.ItssDomain;
import dev.itss.check.RuleText;
import dev.itss.measure.Evidence;
import dev.itss.measure.MetricCatalog;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SnapshotReader;
import dev.itss.report.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in catalogue is complete and consistent: metadata, texts in both languages, policy bands. */
class RuleCatalogueTest {
    private static final AssessmentEngine ENGINE = AssessmentEngine.load();
    private static final Pattern ID = Pattern.compile("(PPL|RES|TEC|PRC|SUP|ACT)-\\d{3}");
    private static final Pattern DOMAIN_ID = Pattern.compile("[A-Z](-[A-Z])?-\\d+");

    @Test
    void everyRuleHasWellFormedMetadata() {
        List<RuleDescriptor> rules = detectionRules();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(60);
        for (RuleDescriptor rule : rules) {
            assertThat(rule.id()).as("rule id").matches(ID);
            assertThat(rule.domainIds()).as(rule.id() + " @domain").isNotEmpty().allMatch(d -> DOMAIN_ID.matcher(d).matches());
            assertThat(rule.lifecycle()).as(rule.id() + " @lifecycle").matches("L-[1-5]");
            assertThat(rule.inputs()).as(rule.id() + " @inputs").isNotEmpty().allSatisfy(input -> {
                dev.itss.check.RuleInput parsed = dev.itss.check.RuleInput.of(input);
                if (parsed.isFigure()) {
                    assertThat(MetricCatalog.standard().find(input)).as(rule.id() + " input " + input).isPresent();
                } else if (!parsed.field().isEmpty()) {
                    assertThat(FactTypes.of(parsed.type()).getRecordComponents()).as(rule.id() + " input " + input)
                            .extracting(java.lang.reflect.RecordComponent::getName).contains(parsed.field());
                }
            });
        }
    }

    @Test
    void atLeastTwoDetectionRulesPerElement() {
        Map<?, Long> perElement = detectionRules().stream()
                .collect(Collectors.groupingBy(RuleDescriptor::element, Collectors.counting()));
        assertThat(perElement).allSatisfy((element, count) -> assertThat(count).as(element.toString()).isGreaterThanOrEqualTo(2));
        assertThat(perElement).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void everyRuleHasEveryTextInBothLanguagesAndEveryTextHasARule() {
        Set<String> ids = detectionRules().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (String id : ids) {
                RuleText text = ENGINE.rules().findText(id, locale).orElseThrow(() -> new AssertionError(id + " has no " + locale + " text"));
                assertThat(List.of(text.title(), text.motivation(), text.message(), text.remediation()))
                        .as(id + " texts in " + locale).allMatch(t -> !t.isBlank());
            }
        }
        for (String resource : List.of("dev/itss/rules/messages.properties", "dev/itss/rules/messages_zh_CN.properties")) {
            Set<String> textIds = keys(resource).stream().map(k -> k.substring(0, k.lastIndexOf('.'))).collect(Collectors.toSet());
            assertThat(ids).as("rules with a text in " + resource).containsAll(textIds);
            assertThat(keys(resource)).as("keys of " + resource)
                    .allMatch(k -> k.matches(".+\\.(title|motivation|message|remediation|severity)"));
        }
    }

    @Test
    void everyHighOrCriticalRuleSaysWhyInBothLanguagesAndNoOtherRuleDoes() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (RuleDescriptor rule : detectionRules()) {
                String reason = ENGINE.rules().text(rule.id(), locale).severityReason();
                boolean high = rule.severity() == dev.itss.model.Severity.HIGH || rule.severity() == dev.itss.model.Severity.CRITICAL;
                assertThat(reason.isBlank()).as(rule.id() + " (" + rule.severity() + ") severity reason in " + locale).isEqualTo(!high);
            }
        }
    }

    @Test
    void everyPlaceholderIsFilledByTheEvidenceOfTheFindingsItDescribes() throws IOException {
        List<Finding> findings = new java.util.ArrayList<>(ENGINE.assess(worstCase(), ENGINE.defaultPolicy(), worstRecords()).findings().findings());
        // SUP-001 (no security policy) and SUP-002 (policy not reviewed) exclude each other: a second snapshot with a stale policy
        findings.addAll(ENGINE.assess(withStaleSecurityPolicy()).findings().ofRule("SUP-002"));
        // RES-021's abandoned calls are missed calls: it speaks only when the answer rate is within its band (here, a lax one)
        findings.addAll(ENGINE.assess(worstCase(), laxAnswerRate(), worstRecords()).findings().ofRule("RES-021"));
        Set<String> fired = findings.stream().map(Finding::ruleId).collect(Collectors.toSet());
        assertThat(fired).as("the worst-case snapshots exercise every rule, so every template is checked")
                .containsAll(detectionRules().stream().map(RuleDescriptor::id).toList());
        for (Finding finding : findings) {
            Set<String> available = finding.evidence().stream().map(Evidence::name).collect(Collectors.toCollection(HashSet::new));
            available.add("subject");
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                RuleText text = ENGINE.rules().text(finding.ruleId(), locale);
                for (String template : List.of(text.motivation(), text.message(), text.remediation())) {
                    assertThat(Texts.placeholders(template)).as(finding.key() + " " + locale + ": " + template).isSubsetOf(available);
                }
            }
        }
    }

    @Test
    void theDefaultPolicyHasASourcedBandForEveryMetricARuleReads() throws IOException {
        Set<String> metrics = new HashSet<>();
        detectionRules().forEach(r -> r.inputs().stream().filter(i -> dev.itss.check.RuleInput.of(i).isFigure()).forEach(metrics::add));
        // the bands the DRL rules match by metric id: a misspelt id would leave a rule silently without its band
        Matcher named = Pattern.compile("(?:Threshold|Measurement)\\( metric == \"([^\"]+)\"").matcher(String.join("\n", DrlSources.all().values()));
        while (named.find()) {
            metrics.add(named.group(1));
        }
        assertThat(metrics).hasSizeGreaterThan(50);
        for (String metric : metrics) {
            assertThat(ENGINE.defaultPolicy().band(metric)).as("a rule reads " + metric)
                    .hasValueSatisfying(band -> assertThat(band.source()).isNotBlank());
        }
    }

    @Test
    void domainRulesMatchEntitiesAndEveryAggregateCheckIsOneRow() throws IOException {
        Map<String, String> rules = DrlSources.rules();
        Set<String> entityTypes = Set.copyOf(dev.itss.measure.Facts.TYPES);
        List<String> matchingEntities = rules.entrySet().stream()
                .filter(r -> entityTypes.stream().anyMatch(t -> Pattern.compile("\\b" + t + "\\(").matcher(r.getValue()).find()))
                .map(Map.Entry::getKey).toList();
        assertThat(matchingEntities).as("DRL rules that match entities of the organisation").hasSizeGreaterThanOrEqualTo(40);
        // no DRL rule is a bare comparison of one figure with one band: each matches more than a Threshold and a Measurement
        Pattern pattern = Pattern.compile("(?m)^\\s*(?:\\$\\w+\\s*:\\s*)?(?:exists\\s+|not\\s+)?(?:accumulate\\(\\s*(?:\\$\\w+\\s*:\\s*)?)?([A-Z]\\w*)\\(");
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            String when = rule.getValue().substring(rule.getValue().indexOf("when"), rule.getValue().indexOf("then"));
            Set<String> types = new HashSet<>();
            Matcher m = pattern.matcher(when);
            while (m.find()) {
                types.add(m.group(1));
            }
            types.removeAll(Set.of("Threshold", "Measurement", "Period"));
            assertThat(types).as(rule.getKey() + " matches something besides a figure and its band").isNotEmpty();
        }
        // each aggregate check is exactly one row: its id appears in no DRL file
        List<dev.itss.check.RuleDescriptor> checks = ENGINE.rules().rules().stream().filter(r -> r.kind() == RuleKind.CHECK).toList();
        assertThat(checks).isNotEmpty().allSatisfy(c -> assertThat(rules.keySet()).as("DRL rules").noneMatch(id -> id.startsWith(c.id())));
        assertThat(checks).extracting(RuleDescriptor::id).doesNotHaveDuplicates();
    }

    @Test
    void everyProblemItemOfTheDomainHasADetectionRule() {
        Set<String> covered = detectionRules().stream().flatMap(r -> r.domainIds().stream()).collect(Collectors.toSet());
        List<String> problems = ItssDomain.items("P-").stream().map(ItssDomain.Item::id).toList();
        assertThat(problems).hasSize(27);
        assertThat(covered).as("P- items with a detection rule").containsAll(problems);
    }

    @Test
    void everyJoinOfACrossElementRuleIsALinkOfTheModel() throws Exception {
        List<RuleDescriptor> across = detectionRules().stream().filter(RuleDescriptor::crossElement).toList();
        assertThat(across).extracting(RuleDescriptor::id).contains("PPL-010", "PPL-014", "RES-022", "TEC-016");
        for (RuleDescriptor rule : across) {
            for (String join : rule.joins()) {
                String type = join.substring(0, join.indexOf('.'));
                String field = join.substring(join.indexOf('.') + 1);
                Class<?> record = Class.forName("dev.itss.model." + type);
                java.lang.reflect.RecordComponent component = java.util.Arrays.stream(record.getRecordComponents())
                        .filter(c -> c.getName().equals(field)).findFirst()
                        .orElseThrow(() -> new AssertionError(rule.id() + " joins " + join + ": " + type + " has no field " + field));
                // a link is an id of another entity (@References), or the skills an engineer holds against those a post requires
                assertThat(component.isAnnotationPresent(dev.itss.model.References.class) || join.equals("Engineer.skills"))
                        .as(rule.id() + " joins " + join).isTrue();
            }
        }
    }

    @Test
    void everyActionItemOfTheDomainHasATemplateThatAddressesRules() {
        List<String> actions = ItssDomain.items("A-").stream().map(ItssDomain.Item::id).toList();
        assertThat(actions).hasSize(16);
        assertThat(ENGINE.actionTemplates()).extracting(ActionTemplate::id).containsExactlyInAnyOrderElementsOf(actions);
        for (ActionTemplate template : ENGINE.actionTemplates()) {
            assertThat(template.addresses()).as(template.id() + " addresses").isNotEmpty()
                    .allSatisfy(id -> assertThat(ENGINE.rules().find(id)).as(template.id() + " addresses " + id).isPresent());
            assertThat(template.moves()).as(template.id() + " moves").allSatisfy(m -> assertThat(MetricCatalog.standard().find(m)).as(m).isPresent());
            assertThat(List.of(template.title().zh(), template.description().zh(), template.owner().zh())).allMatch(t -> !t.isBlank());
        }
    }

    @Test
    void everyFindingOfTheWorstCaseIsAddressedByAnAction() {
        dev.itss.engine.Assessment assessment = ENGINE.assess(worstCase(), ENGINE.defaultPolicy(), worstRecords());
        Set<String> addressed = assessment.plan().actions().stream().flatMap(a -> a.findings().stream()).collect(Collectors.toSet());
        assertThat(assessment.findings().findings()).extracting(Finding::key).allMatch(addressed::contains);
    }

    @Test
    void theBuiltInResourcesPassFullValidation() throws IOException {
        // the engine reads them without Bean Validation for a fast start; this is where they are validated
        assertThat(DroolsRuleEngine.templatesReader().read(DroolsRuleEngine.ACTION_TEMPLATES, resource(DroolsRuleEngine.ACTION_TEMPLATES),
                dev.itss.read.DocumentFormat.YAML).templates()).hasSize(16);
        assertThat(DroolsRuleEngine.checksReader().read(DroolsRuleEngine.CHECKS, resource(DroolsRuleEngine.CHECKS),
                dev.itss.read.DocumentFormat.YAML).checks()).hasSizeGreaterThan(20);
        assertThat(dev.itss.policy.PolicyReader.standard().read(DroolsRuleEngine.DEFAULT_POLICY, resource(DroolsRuleEngine.DEFAULT_POLICY),
                dev.itss.read.DocumentFormat.YAML).requiredProcesses()).isNotEmpty();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RuleCatalogueTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<RuleDescriptor> detectionRules() {
        return ENGINE.rules().rules().stream().filter(r -> r.kind() != RuleKind.IMPROVEMENT).toList();
    }

    /**
     * The operational records of the worst case: a ticket export on which every rule on the
     * tickets.* metrics fires, and call records on which the call rules fire (RES-021 exists only
     * with call records).
     */
    private static dev.itss.records.OperationalRecords worstRecords() {
        dev.itss.model.Period period = worstCase().period();
        return dev.itss.records.OperationalRecords.none()
                .read(java.nio.file.Path.of("src/test/resources/every-rule-fires-tickets.csv"), dev.itss.records.RecordMapping.preset("canonical"),
                        period, java.util.Optional.empty())
                .read(java.nio.file.Path.of("src/test/resources/every-rule-fires-calls.csv"), dev.itss.records.RecordMapping.preset("calls"),
                        period, java.util.Optional.empty());
    }

    private static dev.itss.policy.Policy laxAnswerRate() {
        return ENGINE.defaultPolicy().overriddenBy(new dev.itss.policy.Policy(
                Map.of("service_desk.answer_rate", new dev.itss.policy.Band(0.3, 0.2, "test: lax")), List.of(), Set.of(), Map.of()));
    }

    private static ServiceSnapshot worstCase() {
        return SnapshotReader.standard().read(java.nio.file.Path.of("src/test/resources/every-rule-fires.yaml"));
    }

    private static ServiceSnapshot withStaleSecurityPolicy() throws IOException {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/every-rule-fires.yaml"))
                + "  securityPolicy: {approvedOn: 2022-01-01, lastReviewed: 2023-06-01}\n";
        return SnapshotReader.standard().read("every-rule-fires.yaml + security policy", yaml, dev.itss.read.DocumentFormat.YAML);
    }

    private static Set<String> keys(String resource) {
        java.util.Properties properties = new java.util.Properties();
        try (InputStream in = RuleCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return properties.stringPropertyNames();
    }
}

package dev.itss.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.read.DocumentFormat;
import dev.itss.read.InvalidInputException;
import dev.itss.internal.Mappers;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SnapshotReader;
import dev.itss.policy.Policy;
import dev.itss.policy.PolicyReader;
import dev.itss.records.GroupBy;
import dev.itss.records.OperationalRecords;
import dev.itss.records.RecordMapping;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Map;

/**
 * Verifies one rule at a time: given a snapshot (and optionally a policy), the rule flags
 * something, flags nothing, or reports that its inputs are missing.
 *
 * <pre>{@code
 * static final RuleVerifier VERIFIER = RuleVerifier.load();
 *
 * @Test
 * void flagsAnUnderstaffedPost() {
 *     VERIFIER.verify("PPL-001")
 *             .given("""
 *                 people:
 *                   posts: [{id: desk, name: Service desk, requiredHeadcount: 4}]
 *                   engineers: [{id: e1, name: Li, post: desk, contractedHours: 480, workedHours: 400, workMode: ON_SITE}]
 *                 """)
 *             .justifiesExactly(new PostUnderstaffed(new Subject("post", "desk", "Service desk"), 1, 4, List.of("Li")));
 * }
 * }</pre>
 *
 * <p>A snapshot given as YAML may leave out {@code organisation} and {@code period}: they default
 * to {@link #TEST_ORGANISATION} and the first quarter of 2026 ({@link #TEST_PERIOD_START} to
 * {@link #TEST_PERIOD_END}), so that a test shows only the data the rule reads.
 */
public final class RuleVerifier {
    /** The organisation a YAML snapshot without one gets. */
    public static final String TEST_ORGANISATION = "test-org";
    /** First day of the period a YAML snapshot without one gets. */
    public static final String TEST_PERIOD_START = "2026-01-01";
    /** Last day of the period a YAML snapshot without one gets; ages are measured at this day. */
    public static final String TEST_PERIOD_END = "2026-03-31";

    private final AssessmentEngine engine;

    private RuleVerifier(AssessmentEngine engine) {
        this.engine = engine;
        RuleCoverage.know(engine.rules());
    }

    /** A verifier over the engine found on the classpath. Build it once per test class (it builds the rule base). */
    public static RuleVerifier load() {
        return new RuleVerifier(AssessmentEngine.load());
    }

    /**
     * A verifier over the built-in rules with rule packs laid over them, compiled in this JVM
     * from the folders as they are now: a rule author's edit is tested without rebuilding the
     * project. Build it once per test class.
     *
     * <pre>{@code
     * static final RuleVerifier VERIFIER = RuleVerifier.withPacks(Path.of("src/main/resources/packs/desk"));
     * }</pre>
     *
     * @throws dev.itss.read.InvalidInputException listing every problem of the packs
     */
    public static RuleVerifier withPacks(java.nio.file.Path... folders) {
        AssessmentEngine.Builder builder = AssessmentEngine.builder();
        for (java.nio.file.Path folder : folders) {
            builder.withPack(folder);
        }
        return new RuleVerifier(builder.build());
    }

    /** A verifier over a given engine. */
    public static RuleVerifier of(AssessmentEngine engine) {
        return new RuleVerifier(Objects.requireNonNull(engine, "engine"));
    }

    /**
     * Starts verifying a rule.
     *
     * @throws AssertionError when the engine has no rule with that id
     */
    public Given verify(String ruleId) {
        if (engine.rules().find(ruleId).isEmpty()) {
            throw new AssertionError("no rule '" + ruleId + "' in the engine; rules: "
                    + engine.rules().rules().stream().map(r -> r.id()).toList());
        }
        return new Given(ruleId, engine.defaultPolicy());
    }

    /** The engine verified. */
    public AssessmentEngine engine() {
        return engine;
    }

    /** The second step: the input. */
    public final class Given {
        private final String ruleId;
        private final Policy policy;
        /** Records by mapping preset, in the order given. */
        private final Map<String, String> records;
        private final GroupBy groupTicketsBy;

        private Given(String ruleId, Policy policy) {
            this(ruleId, policy, Map.of(), GroupBy.NONE);
        }

        private Given(String ruleId, Policy policy, Map<String, String> records, GroupBy groupTicketsBy) {
            this.ruleId = ruleId;
            this.policy = policy;
            this.records = records;
            this.groupTicketsBy = groupTicketsBy;
        }

        /**
         * Measures the ticket export's {@code tickets.*} metrics per group too (as
         * {@code itss assess --group-by}), so that a rule's findings about groups can be checked.
         *
         * <pre>{@code
         * verifier.verify("PRC-023").withRecords(csv).groupingTicketsBy("assignment_group").given("{}")
         *         .flags(2).about("Network");
         * }</pre>
         */
        public Given groupingTicketsBy(String field) {
            return new Given(ruleId, policy, records, GroupBy.ofKey(field));
        }

        /**
         * Adds the period's ticket export, in the canonical CSV format, for the rules that read the
         * {@code tickets.*} metrics; tickets opened in the snapshot's period are in scope.
         */
        public Given withRecords(String canonicalCsv) {
            return withRecords("canonical", canonicalCsv);
        }

        /**
         * Adds operational records in the CSV format of a mapping preset: {@code canonical},
         * {@code servicenow} or {@code jira} tickets, {@code calls}, {@code spares} or
         * {@code timesheets}; rows of the snapshot's period are in scope. One file per kind.
         *
         * <pre>{@code
         * verifier.verify("RES-021").withRecords("calls", "call,offered_at,answered,abandoned\nC1,2026-03-02 09:00:00,false,true\n")
         *         .given("{}").flags(1);
         * }</pre>
         */
        public Given withRecords(String preset, String csv) {
            Map<String, String> more = new java.util.LinkedHashMap<>(records);
            more.put(preset, csv);
            return new Given(ruleId, policy, more, groupTicketsBy);
        }

        /** Lays a policy (YAML, any subset of keys) over the default policy. */
        public Given withPolicy(String policyYaml) {
            Policy override = PolicyReader.standard().read("policy (test)", policyYaml, DocumentFormat.YAML);
            return new Given(ruleId, policy.overriddenBy(override), records, groupTicketsBy);
        }

        /** Uses a complete policy instead of the default one. */
        public Given withPolicy(Policy completePolicy) {
            return new Given(ruleId, completePolicy, records, groupTicketsBy);
        }

        /**
         * Assesses a snapshot written in YAML; {@code organisation} and {@code period} may be left out.
         *
         * @throws AssertionError when the snapshot is invalid, listing the problems
         */
        public RuleResult given(String snapshotYaml) {
            return given(read(snapshotYaml));
        }

        /** Assesses a snapshot built in Java. */
        public RuleResult given(ServiceSnapshot snapshot) {
            Assessment assessment;
            try {
                OperationalRecords read = OperationalRecords.none();
                for (Map.Entry<String, String> entry : records.entrySet()) {
                    read = read.read(entry.getKey() + " records (test).csv", new ByteArrayInputStream(entry.getValue().getBytes(StandardCharsets.UTF_8)),
                            RecordMapping.preset(entry.getKey()), snapshot.period(), policy.ticketSla(), groupTicketsBy);
                }
                assessment = engine.assess(snapshot, policy, read);
            } catch (InvalidInputException e) {
                throw new AssertionError("the given input is invalid:" + System.lineSeparator() + e.getMessage(), e);
            }
            RuleCoverage.record(assessment);
            return new RuleResult(ruleId, assessment, engine.rules());
        }
    }

    private static ServiceSnapshot read(String yaml) {
        String document = yaml;
        try {
            JsonNode tree = Mappers.yaml().readTree(yaml);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                tree = Mappers.yaml().createObjectNode();
            }
            if (tree instanceof ObjectNode object && (!object.has("organisation") || !object.has("period"))) {
                StringBuilder withDefaults = new StringBuilder(object.isEmpty() ? "" : yaml.stripTrailing() + "\n");
                if (!object.has("organisation")) {
                    withDefaults.append("organisation: {id: ").append(TEST_ORGANISATION).append(", name: Test organisation}\n");
                }
                if (!object.has("period")) {
                    withDefaults.append("period: {start: ").append(TEST_PERIOD_START).append(", end: ").append(TEST_PERIOD_END).append("}\n");
                }
                document = withDefaults.toString();
            }
        } catch (JsonProcessingException e) {
            // left to the reader, which reports it with line and column
        }
        try {
            return SnapshotReader.standard().read("snapshot (test)", document, DocumentFormat.YAML);
        } catch (InvalidInputException e) {
            throw new AssertionError("the given snapshot is invalid:" + System.lineSeparator() + e.getMessage(), e);
        }
    }
}

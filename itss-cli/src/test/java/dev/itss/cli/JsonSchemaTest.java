package dev.itss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON output of the command line validates against the schema of its kind,
 * {@code dev/itss/schema/<kind>.schema.json} in itss-core: one self-contained JSON Schema (draft
 * 2020-12, {@code $defs} only) per kind. The command lines go beyond the samples: both languages,
 * both organisations, groupings, review options, a plan answering a strategy.
 */
class JsonSchemaTest {
    private static final String HOSPITAL = "../itss-examples/src/main/resources/dev/itss/examples/hospital";
    private static final String LOGISTICS = "../itss-examples/src/main/resources/dev/itss/examples/logistics";
    private static final List<String> KINDS = List.of("assessment", "cycle", "plan", "verification", "diff", "reviews", "kpis", "rules", "metrics");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Stream<List<String>> jsonCommands() {
        return Stream.of(
                List.of("demo", "--format", "json"),
                List.of("demo", "--org", "logistics", "--lang", "zh-CN", "--format", "json"),
                List.of("assess", "--snapshot", HOSPITAL + "/snapshot.yaml", "--records", HOSPITAL + "/records/tickets.csv", "--group-by", "assignee", "--format", "json"),
                List.of("demo", "--cycle", "--lang", "zh-CN", "--format", "json"),
                List.of("plan", "--snapshot", HOSPITAL + "/snapshot.yaml", "--strategy", HOSPITAL + "/strategy.yaml", "--format", "json"),
                List.of("plan", "--snapshot", LOGISTICS + "/snapshot.yaml", "--lang", "zh-CN", "--format", "json"),
                List.of("verify", "--plan", HOSPITAL + "/history/2026-Q2/plan.yaml", "--snapshot", HOSPITAL + "/snapshot.yaml", "--format", "json"),
                List.of("verify", "--plan", HOSPITAL + "/history/2026-Q2/plan.yaml", "--snapshot", HOSPITAL + "/snapshot.yaml", "--records",
                        HOSPITAL + "/records/tickets.csv", "--lang", "zh-CN", "--format", "json"),
                List.of("diff", HOSPITAL + "/history/2026-Q1", HOSPITAL + "/history/2026-Q2", "--format", "json"),
                List.of("review", "--level", "ad-hoc", "--history", HOSPITAL, "--format", "json"),
                List.of("review", "--level", "monthly", "--history", HOSPITAL, "--month", "2026-08", "--lang", "zh-CN", "--format", "json"),
                List.of("review", "--level", "quarterly", "--history", HOSPITAL, "--period", "2026-Q1", "--format", "json"),
                List.of("review", "--level", "annual", "--history", HOSPITAL, "--year", "2026", "--format", "json"),
                List.of("kpi", "--records", HOSPITAL + "/records/tickets.csv", "--format", "json"),
                List.of("kpi", "--records", HOSPITAL + "/records/tickets.csv", "--group-by", "month", "--format", "json"),
                List.of("kpi", "--records", HOSPITAL + "/records/calls.csv", "--mapping", "calls", "--group-by", "month", "--format", "json"),
                List.of("kpi", "--records", HOSPITAL + "/records/spares.csv", "--mapping", "spares", "--group-by", "part", "--format", "json"),
                List.of("kpi", "--records", HOSPITAL + "/records/timesheets.csv", "--mapping", "timesheets", "--group-by", "post", "--format", "json"),
                List.of("kpi", "--records", HOSPITAL + "/records/knowledge.csv", "--mapping", "knowledge", "--format", "json"),
                List.of("rules", "list", "--format", "json"),
                List.of("metrics", "list", "--format", "json"));
    }

    @ParameterizedTest
    @MethodSource("jsonCommands")
    void everyJsonOutputValidatesAgainstTheSchemaOfItsKind(List<String> command) throws IOException {
        ItssCommandTest.Run run = ItssCommandTest.run(command.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher kind = Pattern.compile("\"kind\" : \"([a-z]+)\"").matcher(run.out());
        assertThat(kind.find()).as("the output names its kind").isTrue();
        assertThat(run.out()).as("every output carries its schema version").contains("\"schemaVersion\" : 1");
        List<Error> errors = schema(kind.group(1)).validate(run.out(), InputFormat.JSON);
        assertThat(errors).as(String.join(" ", command)).isEmpty();
    }

    /** The schemas are what the issue asks for: draft 2020-12, self-contained, named after their kind. */
    @Test
    void eachSchemaIsSelfContainedAndNamedAfterItsKind() throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (String kind : KINDS) {
            texts.put(kind, text(kind));
        }
        texts.forEach((kind, text) -> {
            assertThat(text).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
            assertThat(text).contains("\"const\": \"" + kind + "\"");
            Matcher ref = Pattern.compile("\"\\$ref\": \"([^\"]*)\"").matcher(text);
            while (ref.find()) {
                assertThat(ref.group(1)).as(kind + ": only references into its own $defs").startsWith("#/$defs/");
            }
        });
    }

    /** A schema that is too loose to catch anything is no schema: a finding without its rule id is refused. */
    @Test
    void aSchemaRefusesAnOutputThatLostARequiredField() throws IOException {
        ItssCommandTest.Run run = ItssCommandTest.run("demo", "--org", "logistics", "--format", "json");
        String broken = run.out().replaceFirst("\"ruleId\" : \"[A-Z]+-\\d+\",", "");
        assertThat(schema("assessment").validate(broken, InputFormat.JSON)).isNotEmpty();
        String wrongKind = run.out().replaceFirst("\"kind\" : \"assessment\"", "\"kind\" : \"plan\"");
        assertThat(schema("assessment").validate(wrongKind, InputFormat.JSON)).isNotEmpty();
        String unknownField = run.out().replaceFirst("\\{", "{ \"extra\" : 1,");
        assertThat(schema("assessment").validate(unknownField, InputFormat.JSON)).as("the top level lists every field").isNotEmpty();
    }

    private static Schema schema(String kind) throws IOException {
        return REGISTRY.getSchema(text(kind), InputFormat.JSON);
    }

    private static String text(String kind) throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/dev/itss/schema/" + kind + ".schema.json")) {
            assertThat(in).as("schema of " + kind).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

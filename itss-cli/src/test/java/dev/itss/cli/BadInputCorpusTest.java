package dev.itss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of bad inputs, one per problem a hostile or careless user brings, each run through the
 * command line: exit 2 (never 1, 3 or a stack trace) with one line naming the file, the line and
 * column where there is one, the field path, the value and what was expected. {@code {dir}} in
 * an argument is the case's folder; {@code {hospital}} the sample's.
 */
class BadInputCorpusTest {
    private static final String HOSPITAL = "../itss-examples/src/main/resources/dev/itss/examples/hospital";
    private static final String SNAPSHOT = """
            organisation: {id: o, name: O}
            period: {start: 2026-01-01, end: 2026-03-31}
            services:
              - {id: his, name: HIS, sla: {attainmentTarget: 0.95}, tickets: {inScope: 10, metSla: 9, major: 1}}
            people:
              posts:
                - {id: desk, name: Desk, requiredHeadcount: 2}
              engineers:
                - {id: e1, name: A, post: desk, contractedHours: 100, workedHours: 90, workMode: ON_SITE}
            resources:
              spareParts:
                - {id: SP-1, name: Disk, quantity: 1, unitValue: 10, stockedOn: 2025-01-01, requests: 3, hits: 2, damaged: 0}
            """;

    record Case(String name, Map<String, byte[]> files, List<String> args, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case snapshot(String name, String from, String to, String expected) {
        assertThat(SNAPSHOT).as(name + ": the text replaced is in the sample").contains(from);
        String text = SNAPSHOT.replace(from, to);
        return new Case(name, Map.of("s.yaml", text.getBytes(StandardCharsets.UTF_8)), List.of("assess", "--snapshot", "{dir}/s.yaml"), expected);
    }

    private static Case policy(String name, String policy, String expected) {
        return new Case(name, Map.of("policy.yaml", policy.getBytes(StandardCharsets.UTF_8)),
                List.of("assess", "--snapshot", "{hospital}/snapshot.yaml", "--policy", "{dir}/policy.yaml"), expected);
    }

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        // values silently accepted or changed
        cases.add(snapshot("a number beyond the range of a double", "unitValue: 10", "unitValue: 1e999999999",
                "{dir}/s.yaml:12:54: resources.spareParts[0].unitValue: a number beyond the range of a double (about ±1.8e308), was 1e999999999"));
        cases.add(new Case("1e400 in JSON", Map.of("s.json", ("{\"organisation\": {\"id\": \"o\", \"name\": \"O\"}, \"period\": {\"start\": \"2026-01-01\", "
                + "\"end\": \"2026-03-31\"},\n \"people\": {\"engineers\": [{\"id\": \"e\", \"name\": \"E\", \"contractedHours\": 1e400}]}}").getBytes(StandardCharsets.UTF_8)),
                List.of("assess", "--snapshot", "{dir}/s.json"), "{dir}/s.json:2:71: people.engineers[0].contractedHours: a number beyond the range of a double (about ±1.8e308), was 1e400"));
        cases.add(snapshot("a YAML alias read as its anchor's name", "- {id: e1, name: A,", "- {id: e1, name: *a,",
                "people.engineers[0].name: a YAML alias (*a); aliases are not read: write the value out"));
        cases.add(snapshot("more major incidents than tickets in scope", "major: 1}", "major: 11}",
                "{dir}/s.yaml:4:91: services[0].tickets.major: must not exceed inScope (10), was 11"));
        cases.add(snapshot("a skill listed twice", "post: desk,", "post: desk, skills: [linux, oracle, linux],",
                "{dir}/s.yaml:9:61: people.engineers[0].skills[2]: 'linux' is listed twice (also at [0]); list each once"));
        cases.add(snapshot("more hours worked than the period has", "workedHours: 90", "workedHours: 9000",
                "{dir}/s.yaml:9:"));
        cases.add(policy("a floor above every possible value: always fires", """
                bands:
                  service_desk.answer_rate: {warning: 1.5, breach: 1.2, source: ours}
                """, "{dir}/policy.yaml:2:30: bands.service_desk.answer_rate.warning: 1.5 is outside the values service_desk.answer_rate can take "
                + "(0 to 1, a share: 1 is 100 %): every value would cross it"));
        cases.add(policy("a floor below every possible value: never fires", """
                bands:
                  service_desk.answer_rate: {warning: -0.5, breach: -1, source: ours}
                """, "bands.service_desk.answer_rate.breach: -1.0 is outside the values service_desk.answer_rate can take (0 to 1, a share: 1 is 100 %): "
                + "no value could cross it"));
        cases.add(policy("a score beyond its scale", """
                bands:
                  tools.usability_score: {warning: 6, breach: 4, source: ours}
                """, "bands.tools.usability_score.warning: 6.0 is outside the values tools.usability_score can take (1 to 5)"));
        cases.add(policy("a bound that is not a number", """
                bands:
                  service_desk.answer_rate: {warning: .nan, breach: 0.9, source: ours}
                """, "{dir}/policy.yaml:2:"));
        // places named wrongly
        cases.add(snapshot("an unknown field holding a map", "resources:\n", "supervision:\n  organization:\n    name: x\nresources:\n",
                "{dir}/s.yaml:11:3: supervision.organization: unknown field; expected one of [quality, risks, securityPolicy]"));
        cases.add(policy("an unknown top-level field holding a map", "threshold:\n  threshold: 1\n", "{dir}/policy.yaml:1:1: threshold: unknown field"));
        byte[] latin = SNAPSHOT.replace("name: Disk", "name: Disque dur ext\u00e9rieur").getBytes(StandardCharsets.ISO_8859_1);
        cases.add(new Case("not UTF-8", Map.of("s.yaml", latin), List.of("assess", "--snapshot", "{dir}/s.yaml"),
                "{dir}/s.yaml:12:38: is not UTF-8 text: byte 0xE9 at offset 424; save the file as UTF-8"));
        cases.add(new Case("nesting too deep", Map.of("s.yaml", (SNAPSHOT + "x: " + "[".repeat(1100) + "]".repeat(1100) + "\n").getBytes(StandardCharsets.UTF_8)),
                List.of("assess", "--snapshot", "{dir}/s.yaml"), "{dir}/s.yaml:13:1004: x[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]...: maps and lists nested deeper than 1000 levels; expected a flatter document"));
        cases.add(snapshot("a duplicate key", "name: Desk,", "name: Desk, name: Desk2,", "{dir}/s.yaml:7:"));
        cases.add(snapshot("a YAML tag that names a class", "name: O}", "name: !!java.net.URL [\"http://x\"]}", "{dir}/s.yaml:1:"));
        cases.add(new Case("an empty file", Map.of("s.yaml", new byte[0]), List.of("assess", "--snapshot", "{dir}/s.yaml"),
                "{dir}/s.yaml: is empty; expected a ServiceSnapshot document"));
        cases.add(new Case("a device as the snapshot", Map.of(), List.of("assess", "--snapshot", "/dev/zero"),
                "/dev/zero: is not a regular file (a pipe, socket or device would be read for ever); expected a file"));
        cases.add(new Case("a folder as the snapshot", Map.of(), List.of("assess", "--snapshot", "{dir}"), "is a directory; expected a file"));
        cases.add(new Case("a snapshot over the size limit", Map.of("s.yaml", (SNAPSHOT + "#" + "x".repeat(8 * 1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8)),
                List.of("assess", "--snapshot", "{dir}/s.yaml"), "bytes; the limit for a ServiceSnapshot document is 8388608 bytes"));
        // the command line
        cases.add(new Case("a misspelt mapping preset", Map.of(), List.of("kpi", "--records", "{hospital}/records/tickets.csv", "--mapping", "servicenoww"),
                "--mapping 'servicenoww' is neither a mapping file nor a preset; the presets are [canonical, servicenow, jira, "));
        cases.add(new Case("a null in a mapping", Map.of("m.yaml", """
                kind: tickets
                columns: {ticket: number, opened_at: opened_at}
                missing: [null]
                """.getBytes(StandardCharsets.UTF_8)), List.of("kpi", "--records", "{hospital}/records/tickets.csv", "--mapping", "{dir}/m.yaml"), "{dir}/m.yaml:3:"));
        cases.add(new Case("an unknown format", Map.of(), List.of("demo", "--format", "pdf"), "--format"));
        cases.add(new Case("an unknown language", Map.of(), List.of("demo", "--lang", "fr"), "fr"));
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void aBadInputIsExitTwoWithItsPlace(Case c, @TempDir Path dir) throws IOException {
        for (Map.Entry<String, byte[]> file : c.files().entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
        String[] args = c.args().stream().map(a -> a.replace("{dir}", dir.toString()).replace("{hospital}", HOSPITAL)).toArray(String[]::new);
        ItssCommandTest.Run run = ItssCommandTest.run(args);
        assertThat(run.exitCode()).as(c.name() + ": " + run.err()).isEqualTo(2);
        assertThat(run.err()).as(c.name()).contains(c.expected().replace("{dir}", dir.toString()))
                .doesNotContain("Exception", "\tat ", "NullPointer");
    }
}

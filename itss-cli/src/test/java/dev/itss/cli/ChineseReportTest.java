package dev.itss.cli;

import static dev.itss.cli.ItssCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.itss.cli.ItssCommandTest.Run;
import dev.itss.internal.Mappers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Chinese demo reads as ITSS Chinese: no English left in it but the organisation's own names
 * and ids, field paths, acronyms and units; the seed's own terms for bands, findings and actions.
 */
class ChineseReportTest {
    private static final Path HOSPITAL = Path.of("../itss-examples/src/main/resources/dev/itss/examples/hospital/snapshot.yaml");
    /** Words allowed as they are: the command a reader runs, and a unit. */
    private static final Set<String> ALLOWED = Set.of("itss", "plan", "min");

    private static final String FOLDER = "../itss-examples/src/main/resources/dev/itss/examples/hospital";

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"demo", "demo --format markdown", "demo --cycle",
            "verify --plan " + FOLDER + "/history/2026-Q2/plan.yaml --snapshot " + FOLDER + "/snapshot.yaml --records " + FOLDER + "/records/tickets.csv",
            "review --level ad-hoc --history " + FOLDER, "review --level monthly --history " + FOLDER,
            "review --level quarterly --history " + FOLDER, "review --level annual --history " + FOLDER})
    void theChineseReportsHaveNoEnglishButNamesIdsAndUnits(String command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--lang", "zh-CN"));
        Run run = run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = run.out().replace("\\", "");   // Markdown's escapes
        // the organisation's own words: every text of its snapshot (names, ids, skills), longest first
        List<String> own = new ArrayList<>();
        // every YAML of the sample (snapshots, plans, strategy) and every cell of its exports
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(HOSPITAL.getParent())) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                if (file.toString().endsWith(".yaml")) {
                    collect(Mappers.yaml().readTree(file.toFile()), own);
                } else if (file.toString().endsWith(".csv")) {
                    java.nio.file.Files.readAllLines(file).forEach(line -> own.addAll(List.of(line.split(","))));
                }
            }
        }
        own.add("configuration");   // the default policy's required processes, by id
        own.add("release");
        own.sort(Comparator.comparing(String::length).reversed());
        // paths and ids first, before the organisation's words are taken out of them
        text = text.replaceAll("\\.(csv|yaml|json): [a-z][A-Za-z_\\[\\].]*(, [a-z][A-Za-z_\\[\\].]*)*", ".$1");   // a file's fields: snapshot.yaml: services, events
        text = text.replaceAll("[\\w./-]+\\.(csv|yaml|json)|\\b[a-z]+/", "");                    // files and folders: records/tickets.csv, records/
        text = text.replaceAll("\\b[a-z][A-Za-z]*(\\[\\d*])?(\\.[a-z][A-Za-z]*(\\[\\d*])?)+", "");   // field paths: services[].sla
        text = text.replaceAll("\\b[a-z][A-Za-z]*\\[\\d*]", "");                                  // events[1]
        text = text.replaceAll("\\b[a-z][A-Za-z]*=", "");                                           // an input's id and its value: inScope=3150
        List<String> words = own.stream().filter(w -> w.matches("[A-Za-z]+")).toList();
        for (String word : own) {
            if (word.length() > 1 && !words.contains(word)) {
                text = text.replace(word, "");
            }
        }
        // a single word of the organisation's is taken out whole: "at" is not taken out of "rate"
        text = text.replaceAll("\\b(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")\\b", "");
        text = text.replaceAll("（[A-Za-z0-9\\[\\]., 、_-]+）", "");          // field paths, e.g. （people.engineers[].kpiScore）
        text = text.replaceAll("\\b[A-Z](-[A-Z])?-\\d+\\b|\\b[A-Z]{3}-\\d{3}\\b", "");   // ITSS items and rule ids
        Set<String> english = new TreeSet<>();
        Matcher word = Pattern.compile("[A-Za-z]{2,}").matcher(text);
        while (word.find()) {
            String w = word.group();
            if (!ALLOWED.contains(w) && !w.equals(w.toUpperCase())) {   // acronyms (ITSS, SLA, KPI, SOP) are Chinese usage too
                english.add(w);
            }
        }
        assertThat(english).as("English words in the Chinese output of itss " + command).isEmpty();
    }

    @Test
    void theChineseDemoUsesTheSeedsTerms() {
        String text = run("demo", "--lang", "zh-CN").out();
        assertThat(text).doesNotContain("超标", "发现问题", "原因：", "Across", " 内复", "个来电");
        assertThat(text).contains("个发现项", "为严重不达标", "影响：", "个百分点", "通，接听", "365 天内复核", "提高人员素质", "改善绩效考核方案",
                "优化服务台管理制度", "完善 IT 工具", "改进应急预案", "完善现有运维过程", "建立新服务管理过程", "== 人员（");
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> collect(child, out));
        node.fields().forEachRemaining(field -> collect(field.getValue(), out));
    }
}

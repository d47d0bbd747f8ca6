package dev.itss.cli;

import dev.itss.engine.AssessmentEngine;
import dev.itss.history.AssessmentDiff;
import dev.itss.history.FindingRef;
import dev.itss.history.History;
import dev.itss.history.ImprovementCycle;
import dev.itss.model.Period;
import dev.itss.report.CycleReport;
import dev.itss.report.JsonOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code itss diff A B}: new, resolved and persisting findings between two periods, by identity. */
@dev.itss.model.Covers({"S-5"})
@Command(name = "diff", mixinStandardHelpOptions = true,
        footer = {"", "Example:", "  itss diff itss-examples/src/main/resources/dev/itss/examples/hospital/history/2026-Q1 itss-examples/src/main/resources/dev/itss/examples/hospital/history/2026-Q2"},
        description = "Compare the findings of two periods by identity (rule and entities, never numbers or text): new, resolved, persisting. "
                + "Each of A and B is an assessment JSON report (itss assess --format json) or a period folder (snapshot.yaml, optional records/ and policy.yaml).")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The earlier period: a JSON report or a period folder.")
    Path before;

    @Parameters(index = "1", paramLabel = "B", description = "The later period: a JSON report or a period folder.")
    Path after;

    @Mixin
    OutputOptions format;

    @Mixin
    OutputFile output;

    @Mixin
    PackOptions rules;

    @Override
    public Integer call() {
        AssessmentEngine engine = rules.engine();   // built once: with packs it compiles them
        Map.Entry<Period, List<FindingRef>> a = findings(before, engine);
        Map.Entry<Period, List<FindingRef>> b = findings(after, engine);
        if (!b.getKey().start().isAfter(a.getKey().end())) {
            throw new IllegalArgumentException(after + " (" + b.getKey().start() + " to " + b.getKey().end() + ") must come after " + before
                    + " (" + a.getKey().start() + " to " + a.getKey().end() + "); give the earlier period first");
        }
        AssessmentDiff diff = AssessmentDiff.of(a.getKey(), a.getValue(), b.getKey(), b.getValue());
        return output.print(spec, format.json() ? JsonOutput.of("diff", AssessmentDiff.SCHEMA_VERSION, diff)
                : new CycleReport(engine.metrics(), format.language()).render(diff, format.page()));
    }

    private Map.Entry<Period, List<FindingRef>> findings(Path input, AssessmentEngine engine) {
        if (!Files.isDirectory(input)) {
            return AssessmentDiff.readReport(input);
        }
        History history = History.read(input);
        History.PeriodInputs period = history.periods().stream().filter(p -> p.folder().equals(input)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(input + " is not a period folder: it has no snapshot.yaml of its own"));
        var assessment = ImprovementCycle.assess(engine, period,
                history.policy().map(p -> engine.defaultPolicy().overriddenBy(p)).orElse(engine.defaultPolicy()));
        return Map.entry(assessment.period(), assessment.findings().findings().stream().map(FindingRef::of).toList());
    }
}

package dev.itss.cli;

import dev.itss.engine.AssessmentEngine;
import dev.itss.examples.SampleOrganisation;
import dev.itss.model.ServiceSnapshot;
import dev.itss.policy.Policy;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code itss demo}: assesses an embedded sample organisation. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        footer = {"", "Example:", "  itss demo --lang zh-CN", "  itss demo --cycle --format json --output cycle.json"},
        description = "Assess an embedded sample organisation (default: the hospital IT team) and its operational records (tickets, calls, spare-part movements, timesheets), with the built-in rules and any rule packs given.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--org", paramLabel = "NAME", defaultValue = "hospital",
            description = "Sample organisation: hospital (default) or logistics.")
    String org;

    @Option(names = "--cycle",
            description = "Run the whole improvement loop over the sample's history (the hospital's three quarters): each period's findings, "
                    + "the verification of the plan before it with the control table, causes and new measures, the trends, and the next plan.")
    boolean cycle;

    @Mixin
    ReportOptions report;

    @Mixin
    PackOptions rules;

    @Override
    public Integer call() {
        SampleOrganisation sample = SampleOrganisation.named(org);
        AssessmentEngine engine = rules.engine();
        java.nio.file.Path folder = sample.path();
        boolean hasHistory = java.nio.file.Files.isDirectory(folder.resolve("history"));
        if (cycle) {
            if (!hasHistory) {
                throw new IllegalArgumentException("the sample '" + sample.folder() + "' has no history; --cycle runs on --org hospital");
            }
            dev.itss.history.ImprovementCycle loop = dev.itss.history.ImprovementCycle.run(engine, dev.itss.history.History.read(folder),
                    report.output.language().locale());
            return report.file.print(spec, report.output.json()
                    ? dev.itss.report.JsonOutput.of("cycle", dev.itss.history.ImprovementCycle.SCHEMA_VERSION, CycleJson.of(loop))
                    : new dev.itss.report.CycleReport(engine.metrics(), report.output.language()).render(loop, report.output.page()));
        }
        Policy policy = engine.defaultPolicy();
        ServiceSnapshot snapshot = sample.snapshot();
        dev.itss.engine.Assessment assessment = engine.assess(snapshot, policy, sample.records(snapshot, policy));
        dev.itss.report.AssessmentReport text = new dev.itss.report.AssessmentReport(engine.rules(), report.output.language());
        if (report.output.page() != dev.itss.report.Format.TEXT && hasHistory) {
            // Markdown and HTML draw the KPI trends and the control table: the loop over the sample's history gives them
            text = text.withHistory(dev.itss.history.ImprovementCycle.run(engine, dev.itss.history.History.read(folder), report.output.language().locale()),
                    engine.metrics(), policy);
        }
        return report.print(engine, assessment, text, spec);
    }
}

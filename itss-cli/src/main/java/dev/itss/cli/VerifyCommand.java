package dev.itss.cli;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.improve.ImprovementPlan;
import dev.itss.improve.PlanFile;
import dev.itss.improve.Verification;
import dev.itss.records.GroupBy;
import dev.itss.report.JsonOutput;
import dev.itss.report.VerificationReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code itss verify}: a plan file against the next period's data (ITSS I-3). */
@dev.itss.model.Covers({"I-3"})
@Command(name = "verify", mixinStandardHelpOptions = true,
        footer = {"", "Example:", "  itss verify --plan itss-examples/src/main/resources/dev/itss/examples/hospital/history/2026-Q2/plan.yaml --snapshot itss-examples/src/main/resources/dev/itss/examples/hospital/snapshot.yaml --lang zh-CN"},
        description = "Verify an edited plan file against the next period's snapshot and records (ITSS I-3): the improvement control table, "
                + "the causes of the targets not met and the new measures for the next plan, as the report for the quality-management department.")
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "FILE", required = true, description = "The plan file (itss plan --output), as people edited it.")
    Path plan;

    @Mixin
    PeriodInputs inputs;

    @Mixin
    OutputOptions format;

    @Mixin
    OutputFile output;

    @Mixin
    PackOptions rules;

    @Override
    public Integer call() {
        AssessmentEngine engine = rules.engine();
        ImprovementPlan edited = PlanFile.read(plan);
        Assessment next = inputs.assess(engine, GroupBy.NONE, "none");
        if (!next.organisation().id().equals(edited.organisation().id())) {
            throw new IllegalArgumentException("the plan " + plan + " is of organisation '" + edited.organisation().id() + "', the snapshot "
                    + inputs.snapshot + " of '" + next.organisation().id() + "'; verify a plan against its own organisation's next period");
        }
        Verification verification = engine.verify(edited, next);
        return output.print(spec, format.json()
                ? JsonOutput.of("verification", Verification.SCHEMA_VERSION, verification)
                : new VerificationReport(engine.metrics(), format.language()).render(verification, format.page()));
    }
}

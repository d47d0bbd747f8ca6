package dev.itss.cli;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.improve.ImprovementPlan;
import dev.itss.improve.ImprovementStrategy;
import dev.itss.improve.PlanFile;
import dev.itss.improve.StrategyReader;
import dev.itss.read.InvalidInputException;
import dev.itss.records.GroupBy;
import dev.itss.report.JsonOutput;
import dev.itss.report.Language;
import dev.itss.report.PlanReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code itss plan}: the improvement plan of a period, optionally under a strategy, written as the file people edit. */
@dev.itss.model.Covers({"I-1", "S-7"})
@Command(name = "plan", mixinStandardHelpOptions = true,
        footer = {"", "Example:", "  itss plan --snapshot itss-examples/src/main/resources/dev/itss/examples/hospital/snapshot.yaml --strategy itss-examples/src/main/resources/dev/itss/examples/hospital/strategy.yaml --output plan.yaml"},
        description = "Assess a period and write its improvement plan (ITSS I-1): goal, scope, a scheme per element, targets staged by effort, "
                + "stakeholders and milestones. --output writes the plan file people edit and itss verify reads back.")
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PeriodInputs inputs;

    @Option(names = "--strategy", paramLabel = "FILE",
            description = "The improvement strategy (S-1): the business goals, with their reasons and levels, that the targets serve.")
    Path strategy;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the plan file here (YAML, or JSON for a .json name) for people to edit: owners, dates, budget, decisions, progress.")
    Path output;

    @Option(names = "--previous-plan", paramLabel = "FILE",
            description = "The previous period's plan file, as people edited it: it is verified against this period, and the new measures of "
                    + "that verification (targets not met, later stages) carry into this plan, which closes the loop.")
    Path previousPlan;

    @Mixin
    OutputOptions format;

    @Mixin
    PackOptions rules;

    @Override
    public Integer call() {
        AssessmentEngine engine = rules.engine();
        ImprovementStrategy goals = ImprovementStrategy.none();
        if (strategy != null) {
            goals = StrategyReader.standard().read(strategy);
            try {
                engine.checkStrategy(goals);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(StrategyReader.standard().placeIn(strategy, e.problems()));
            }
        }
        Assessment assessment = inputs.assess(engine, GroupBy.NONE, "none");
        Language language = format.language();
        List<dev.itss.improve.NewMeasure> carried = previousPlan == null ? List.of()
                : engine.verify(PlanFile.read(previousPlan), assessment).newMeasures();
        ImprovementPlan plan = engine.plan(assessment, goals, carried, language.locale());
        if (output != null) {
            PlanFile.write(plan, output);
        }
        return OutputFile.toTerminal(spec, format.json()
                ? JsonOutput.of("plan", ImprovementPlan.SCHEMA_VERSION, plan)
                : new PlanReport(engine.metrics(), language).render(plan, format.page()));
    }
}

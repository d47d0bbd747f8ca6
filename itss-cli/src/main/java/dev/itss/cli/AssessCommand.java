package dev.itss.cli;

import dev.itss.engine.AssessmentEngine;
import dev.itss.records.GroupBy;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code itss assess}: assesses a snapshot file, optionally under an organisation's policy. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        footer = {"", "Example:", "  itss assess --snapshot itss-examples/src/main/resources/dev/itss/examples/hospital/snapshot.yaml --records itss-examples/src/main/resources/dev/itss/examples/hospital/records/tickets.csv --mapping canonical --lang zh-CN"},
        description = "Assess an organisation's snapshot (YAML or JSON) with the built-in rules.")
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PeriodInputs inputs;

    @Option(names = "--group-by", paramLabel = "FIELD", defaultValue = "none",
            description = "Also measure the ticket export's tickets.* metrics per assignment_group, assignee, priority or service, so that the rules "
                    + "flag the groups that miss. Default: none (the totals only).")
    String groupBy;

    @Mixin
    ReportOptions report;

    @Mixin
    PackOptions rules;

    @Override
    public Integer call() {
        AssessmentEngine engine = rules.engine();
        return report.print(engine, inputs.assess(engine, GroupBy.ofKey(groupBy), groupBy), spec);
    }
}

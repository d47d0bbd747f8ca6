package dev.itss.cli;

import dev.itss.engine.AssessmentEngine;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SnapshotReader;
import dev.itss.policy.Policy;
import dev.itss.policy.PolicyReader;
import dev.itss.records.ErrorPolicy;
import dev.itss.records.GroupBy;
import dev.itss.records.TicketKpis;
import dev.itss.records.TicketRecords;
import java.util.Optional;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code itss assess}: assesses a snapshot file, optionally under an organisation's policy. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess an organisation's snapshot (YAML or JSON) with the built-in rules.")
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--snapshot", paramLabel = "FILE", required = true,
            description = "The organisation's snapshot for one period (.yaml, .yml or .json).")
    Path snapshot;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy file laid over the default policy (bands, required processes, disabled rules, severities).")
    Path policy;

    @Option(names = "--records", paramLabel = "FILE",
            description = "The period's ticket export (CSV or JSON lines); its KPIs feed the tickets.* metrics and their rules.")
    Path records;

    @Option(names = "--mapping", paramLabel = "MAPPING", defaultValue = "canonical",
            description = "How to read --records: a preset (canonical, servicenow, jira) or a mapping file. Default: canonical.")
    String mapping;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() {
        ServiceSnapshot input = SnapshotReader.standard().read(snapshot);
        AssessmentEngine engine = AssessmentEngine.load();
        Policy effective = policy == null ? engine.defaultPolicy() : engine.defaultPolicy().overriddenBy(PolicyReader.standard().read(policy));
        Optional<TicketKpis> tickets = records == null ? Optional.empty() : Optional.of(TicketRecords.read(records, KpiCommand.mappingOf(mapping),
                new TicketRecords.Options(ErrorPolicy.STOP, Optional.of(input.period()), GroupBy.NONE, effective.ticketSla())));
        return report.print(engine, engine.assess(input, effective, tickets), spec.commandLine().getOut());
    }
}

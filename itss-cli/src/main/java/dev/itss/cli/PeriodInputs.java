package dev.itss.cli;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SnapshotReader;
import dev.itss.policy.Policy;
import dev.itss.policy.PolicyReader;
import dev.itss.records.GroupBy;
import dev.itss.records.OperationalRecords;
import dev.itss.records.RecordKind;
import dev.itss.records.RecordMapping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The inputs of one period, shared by assess, plan and verify: the snapshot, the policy and the records. */
final class PeriodInputs {
    @Option(names = "--snapshot", paramLabel = "FILE", required = true,
            description = "The organisation's snapshot for one period (.yaml, .yml or .json).")
    Path snapshot;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy file laid over the default policy (bands, required processes, disabled rules, severities, waivers).")
    Path policy;

    /** One operational-records file and the mapping that reads it; repeatable, one file per kind. */
    static final class RecordsFile {
        @Option(names = "--records", paramLabel = "FILE", required = true,
                description = "An operational-records file of the period (CSV or JSON lines): a ticket export, call records, spare-part "
                        + "movements, timesheets or knowledge links, as its --mapping says. Repeat --records (each followed by its --mapping) for several kinds.")
        Path file;

        @Option(names = "--mapping", paramLabel = "MAPPING",
                description = "How to read the --records it stands next to: a preset (canonical, servicenow, jira for tickets; calls; spares; timesheets; knowledge) "
                        + "or a mapping file. Default: canonical.")
        String mapping;
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<RecordsFile> records = new ArrayList<>();

    @Option(names = "--on-error", paramLabel = "POLICY", defaultValue = "stop",
            description = "For the --records files: stop (default) at the first malformed row; skip: skip malformed rows, assess the rest, "
                    + "and list what was skipped on the standard error.")
    dev.itss.records.ErrorPolicy onError;

    /** The command this mixin is part of: its error stream lists the rows skipped under --on-error skip. */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec command;

    /** Reads the inputs and assesses them, every problem placed in its file. */
    Assessment assess(AssessmentEngine engine, GroupBy grouping, String groupBy) {
        ServiceSnapshot input = SnapshotReader.standard().read(snapshot);
        Policy effective = policy(engine);
        // knowledge links are read first: they count in the ticket export
        List<Map.Entry<Path, RecordMapping>> files = new ArrayList<>();
        for (RecordsFile file : records) {
            files.add(Map.entry(file.file, KpiCommand.mappingOf(file.mapping == null ? "canonical" : file.mapping)));
        }
        files.sort(Comparator.comparing(f -> f.getValue().recordKind() != RecordKind.KNOWLEDGE));
        OperationalRecords read = OperationalRecords.none();
        for (Map.Entry<Path, RecordMapping> file : files) {
            read = read.read(file.getKey(), file.getValue(), input.period(), effective.ticketSla(), grouping, onError);
            // a skipped row is never dropped silently: the assessment is of the rows read, and the reader is told which were not
            java.io.PrintWriter notices = command.commandLine().getErr();
            read.skipped(file.getValue().recordKind()).ifPresent(skipped -> {
                notices.println("itss: " + file.getKey() + ": skipped " + skipped.total() + " malformed row(s) under --on-error skip; the assessment "
                        + "measures the rest" + (skipped.total() > skipped.listed().size() ? "; the first " + skipped.listed().size() + ":" : ":"));
                skipped.listed().forEach(problem -> notices.println("  " + problem));
            });
        }
        if (grouping != GroupBy.NONE && read.tickets().isEmpty()) {
            throw new IllegalArgumentException("--group-by " + groupBy + " groups the ticket export, and none was given (--records FILE with a tickets mapping)");
        }
        try {
            return engine.assess(input, effective, read);
        } catch (dev.itss.read.InvalidInputException e) {
            // the declared figures checked against the packs' metrics, placed in the snapshot file like its other problems
            throw new dev.itss.read.InvalidInputException(e.problems().stream()
                    .map(p -> p.source().equals("snapshot") ? SnapshotReader.standard().placeIn(snapshot, List.of(p)).get(0) : p).toList());
        }
    }

    /** The default policy, with the --policy file laid over it and checked against the catalogues. */
    Policy policy(AssessmentEngine engine) {
        if (policy == null) {
            return engine.defaultPolicy();
        }
        Policy effective = engine.defaultPolicy().overriddenBy(PolicyReader.standard().read(policy));
        try {
            engine.checkPolicy(effective);
        } catch (dev.itss.read.InvalidInputException e) {
            // the checks against the rules and the metric catalogue, placed in the policy file like its other problems
            throw new dev.itss.read.InvalidInputException(PolicyReader.standard().placeIn(policy, e.problems()));
        }
        return effective;
    }
}

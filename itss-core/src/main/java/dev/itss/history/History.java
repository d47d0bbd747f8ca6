package dev.itss.history;

import dev.itss.improve.ImprovementPlan;
import dev.itss.improve.ImprovementStrategy;
import dev.itss.improve.PlanFile;
import dev.itss.improve.StrategyReader;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SnapshotReader;
import dev.itss.policy.Policy;
import dev.itss.policy.PolicyReader;
import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An organisation's periods as a folder of inputs, one sub-folder per period. Only inputs are kept:
 * the assessment and the verification of a period are regenerated from them, so they never go
 * stale; the edited plan is an input (people wrote into it), and a test can compare its generated
 * part with what the rules generate today ({@link ImprovementCycle.Step#staleness()}).
 *
 * <pre>
 * hospital/                      the organisation folder: its own snapshot is the latest period
 *   snapshot.yaml  records/      (optional records: tickets.csv, calls.csv, spares.csv, timesheets.csv, knowledge.csv)
 *   strategy.yaml                optional: the improvement strategy (S-1) of every period
 *   policy.yaml                  optional: laid over the default policy for every period
 *   history/
 *     2026-Q1/ snapshot.yaml  records/  plan.yaml (the plan of this period as people edited it)  policy.yaml
 *     2026-Q2/ ...
 * </pre>
 * A folder without its own snapshot is read as the {@code history/} folder itself. Periods are
 * ordered by their snapshots' dates, must not overlap and must be of one organisation.
 *
 * <pre>{@code
 * History history = History.read(Path.of("hospital"));
 * ImprovementCycle cycle = ImprovementCycle.run(engine, history, Locale.ENGLISH);
 * }</pre>
 *
 * @param folder   the folder read
 * @param strategy the strategy, when the folder has one
 * @param policy   the policy laid over the default one, when the folder has one
 * @param periods  the periods, oldest first
 */
@dev.itss.model.Covers({"L-4"})
public record History(Path folder, Optional<ImprovementStrategy> strategy, Optional<Policy> policy, List<PeriodInputs> periods) {

    public History {
        periods = List.copyOf(periods);
    }

    /**
     * One period's inputs.
     *
     * @param name     the folder's name, e.g. {@code 2026-Q2}
     * @param folder   the folder
     * @param snapshot the snapshot
     * @param records  the records folder, when there is one
     * @param plan     the plan of this period as people edited it, when there is one
     * @param policy   this period's policy, laid over the history's, when there is one
     */
    public record PeriodInputs(String name, Path folder, ServiceSnapshot snapshot, Optional<Path> records, Optional<ImprovementPlan> plan, Optional<Policy> policy) {}

    /**
     * Reads a history folder (or an organisation folder holding {@code history/}).
     *
     * @throws InvalidInputException listing every problem of every file, with its place
     */
    public static History read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(List.of(InputProblem.at(folder.toString(), "", Files.exists(folder)
                    ? "a history is a folder of period folders, and this is a file" : "no such folder")));
        }
        List<InputProblem> problems = new ArrayList<>();
        Optional<ImprovementStrategy> strategy = optional(folder, "strategy.yaml", problems, StrategyReader.standard()::read);
        Optional<Policy> policy = optional(folder, "policy.yaml", problems, PolicyReader.standard()::read);
        List<Path> folders = new ArrayList<>();
        Path earlier = folder;
        if (snapshotIn(folder).isPresent()) {
            folders.add(folder);
            earlier = folder.resolve("history");
        }
        if (Files.isDirectory(earlier)) {
            try (Stream<Path> list = Files.list(earlier)) {
                list.filter(Files::isDirectory).sorted().forEach(folders::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + earlier, e);
            }
        }
        List<PeriodInputs> periods = new ArrayList<>();
        for (Path period : folders) {
            Optional<Path> snapshotFile = snapshotIn(period);
            if (snapshotFile.isEmpty()) {
                problems.add(InputProblem.at(period.toString(), "", "a period folder needs its snapshot.yaml (or snapshot.json)"));
                continue;
            }
            try {
                ServiceSnapshot snapshot = SnapshotReader.standard().read(snapshotFile.get());
                Optional<ImprovementPlan> plan = optional(period, "plan.yaml", problems, PlanFile::read);
                Optional<Policy> own = period.equals(folder) ? Optional.empty() : optional(period, "policy.yaml", problems, PolicyReader.standard()::read);
                Path records = period.resolve("records");
                periods.add(new PeriodInputs(period.equals(folder) ? label(snapshot.period()) : period.getFileName().toString(), period, snapshot,
                        Files.isDirectory(records) ? Optional.of(records) : Optional.empty(), plan, own));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        periods.sort(Comparator.comparing(p -> p.snapshot().period().start()));
        for (int i = 1; i < periods.size(); i++) {
            PeriodInputs before = periods.get(i - 1);
            PeriodInputs now = periods.get(i);
            if (!now.snapshot().period().start().isAfter(before.snapshot().period().end())) {
                problems.add(InputProblem.at(now.folder().toString(), "period", "starts " + now.snapshot().period().start()
                        + ", within the period of " + before.name() + " (ends " + before.snapshot().period().end() + "); periods must not overlap"));
            }
            if (!now.snapshot().organisation().id().equals(before.snapshot().organisation().id())) {
                problems.add(InputProblem.at(now.folder().toString(), "organisation.id", "'" + now.snapshot().organisation().id()
                        + "' differs from '" + before.snapshot().organisation().id() + "' of " + before.name() + "; a history holds one organisation"));
            }
        }
        if (periods.isEmpty() && problems.isEmpty()) {
            problems.add(InputProblem.at(folder.toString(), "", "holds no period: expected snapshot.yaml here, or period folders (each with its snapshot.yaml) "
                    + "here or under history/"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new History(folder, strategy, policy, periods);
    }

    /** {@code 2026-Q3} for a calendar quarter, {@code 2026-07} for a month, else {@code start..end}: the name of the organisation folder's own period. */
    static String label(dev.itss.model.Period period) {
        java.time.LocalDate start = period.start();
        java.time.LocalDate end = period.end();
        boolean wholeMonths = start.getDayOfMonth() == 1 && end.plusDays(1).getDayOfMonth() == 1;
        long months = java.time.temporal.ChronoUnit.MONTHS.between(start, end.plusDays(1));
        if (wholeMonths && months == 3 && (start.getMonthValue() - 1) % 3 == 0) {
            return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
        }
        if (wholeMonths && months == 1) {
            return start.toString().substring(0, 7);
        }
        return start + ".." + end;
    }

    private static Optional<Path> snapshotIn(Path folder) {
        return Stream.of("snapshot.yaml", "snapshot.yml", "snapshot.json").map(folder::resolve).filter(Files::isRegularFile).findFirst();
    }

    private static <T> Optional<T> optional(Path folder, String name, List<InputProblem> problems, java.util.function.Function<Path, T> reader) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(file));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }
}

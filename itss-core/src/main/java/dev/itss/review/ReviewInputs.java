package dev.itss.review;

import dev.itss.engine.AssessmentEngine;
import dev.itss.history.History;
import dev.itss.history.ImprovementCycle;
import dev.itss.model.ServiceSnapshot;
import dev.itss.policy.Policy;
import dev.itss.records.CallKpis;
import dev.itss.records.CallRecords;
import dev.itss.records.ErrorPolicy;
import dev.itss.records.GroupBy;
import dev.itss.records.OperationalRecords;
import dev.itss.records.RecordMapping;
import dev.itss.records.TicketLedger;
import dev.itss.records.TicketRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the reviews of a history draw on: the improvement loop run over it (assessments, plans,
 * verifications, trends) and, per period, its snapshot and the records a review lists from (the
 * tickets in their final states, the calls by month). Read once; {@link Reviews} builds any level
 * from it.
 *
 * <pre>{@code
 * AssessmentEngine engine = AssessmentEngine.load();
 * ReviewInputs inputs = ReviewInputs.read(engine, History.read(Path.of("hospital")), Locale.ENGLISH);
 * Review quarterly = Reviews.quarterly(inputs, Optional.empty(), Optional.empty());
 * }</pre>
 *
 * @param cycle   the improvement loop over the history's periods
 * @param periods each period's data, oldest first (as many as the cycle's steps)
 */
public record ReviewInputs(ImprovementCycle cycle, List<PeriodData> periods) {

    public ReviewInputs {
        periods = List.copyOf(periods);
        if (periods.size() != cycle.steps().size()) {
            throw new IllegalArgumentException(periods.size() + " periods of data for " + cycle.steps().size() + " steps of the cycle");
        }
    }

    /**
     * One period's data for the reviews.
     *
     * @param name      the period's name, e.g. {@code 2026-Q2}
     * @param folder    its folder relative to the history's, empty for the organisation folder itself
     * @param snapshotFile the snapshot's file name ({@code snapshot.yaml} or {@code snapshot.json})
     * @param snapshot  its snapshot
     * @param step      the loop's step for it
     * @param tickets   its ticket export in final states, when its records hold {@code tickets.csv}
     * @param calls     its call records by month, when its records hold {@code calls.csv}
     */
    public record PeriodData(String name, String folder, String snapshotFile, ServiceSnapshot snapshot, ImprovementCycle.Step step,
                             Optional<TicketLedger> tickets, Optional<CallKpis> calls) {

        /** A file of this period as the review names its source, e.g. {@code history/2026-Q2/records/tickets.csv}. */
        public String file(String name) {
            return folder.isEmpty() ? name : folder + "/" + name;
        }
    }

    /**
     * Runs the loop over the history and reads each period's records for the reviews.
     *
     * @param language the language of the names the loop's generated plans use
     * @throws dev.itss.read.InvalidInputException when a period's inputs, policy or records are invalid
     */
    public static ReviewInputs read(AssessmentEngine engine, History history, Locale language) {
        ImprovementCycle cycle = ImprovementCycle.run(engine, history, language);
        Policy base = ImprovementCycle.basePolicy(engine, history);
        List<PeriodData> periods = new ArrayList<>();
        for (int i = 0; i < history.periods().size(); i++) {
            History.PeriodInputs period = history.periods().get(i);
            Policy policy = ImprovementCycle.policy(engine, base, period);
            String folder = history.folder().relativize(period.folder()).toString().replace('\\', '/');
            Optional<TicketLedger> tickets = Optional.empty();
            Optional<CallKpis> calls = Optional.empty();
            if (period.records().isPresent()) {
                Path records = period.records().get();
                Path ticketFile = records.resolve("tickets.csv");
                if (Files.isRegularFile(ticketFile)) {
                    tickets = Optional.of(TicketRecords.ledger(ticketFile, RecordMapping.preset(OperationalRecords.FOLDER_FILES.get("tickets.csv")),
                            new TicketRecords.Options(ErrorPolicy.STOP, Optional.of(period.snapshot().period()), GroupBy.NONE, policy.ticketSla())));
                }
                Path callFile = records.resolve("calls.csv");
                if (Files.isRegularFile(callFile)) {
                    calls = Optional.of(CallRecords.read(callFile, RecordMapping.preset(OperationalRecords.FOLDER_FILES.get("calls.csv")), ErrorPolicy.STOP,
                            Optional.of(period.snapshot().period()), GroupBy.MONTH));
                }
            }
            String snapshotFile = Files.isRegularFile(period.folder().resolve("snapshot.yaml")) ? "snapshot.yaml" : "snapshot.json";
            periods.add(new PeriodData(period.name(), folder, snapshotFile, period.snapshot(), cycle.steps().get(i), tickets, calls));
        }
        return new ReviewInputs(cycle, periods);
    }

    /** The latest period. */
    public PeriodData latest() {
        return periods.get(periods.size() - 1);
    }
}

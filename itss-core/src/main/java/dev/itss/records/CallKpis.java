package dev.itss.records;

import dev.itss.read.InputProblem;
import java.util.List;
import java.util.Optional;

/**
 * KPIs of service-desk call records, each with its numerator and denominator.
 * The definitions, fixed so that another tool reproduces the numbers, are those of kind
 * {@code calls} in {@link RecordKpiCatalog} ({@code dev/itss/records/kpis.yaml}, shown in
 * {@code docs/metrics.md}); each accessor below names the KPI it gives.
 *
 * <pre>{@code
 * CallKpis calls = CallRecords.read(Path.of("calls.csv"), RecordMapping.preset("calls"), ErrorPolicy.STOP, Optional.empty());
 * System.out.println(calls.abandoned() + " of " + calls.abandonedKnown() + " callers gave up");
 * }</pre>
 *
 * @param rows              data rows read
 * @param offered           calls in scope
 * @param answered          of those, answered
 * @param abandoned         of those, abandoned
 * @param abandonedKnown    calls recording whether they were abandoned
 * @param handled           answered calls recording their handle time
 * @param handleSeconds     their handle seconds, summed
 * @param resolvedOnCall    answered calls resolved on the call
 * @param resolutionKnown   answered calls recording whether they were
 * @param resolvedHandled   calls resolved on the call that record their handle time
 * @param resolvedHandleSeconds their handle seconds, summed
 * @param skipped           rows skipped under {@link ErrorPolicy#SKIP} (capped)
 * @param skippedTotal      rows skipped in all
 * @param absentColumns     optional columns the mapping names that the file lacks
 * @param groups            the same figures per group, when grouped ({@link GroupBy#QUEUE} or {@link GroupBy#MONTH});
 *                          rows and skipped rows are counted for the whole file only
 * @param groupedBy         what {@code groups} are groups of ({@link GroupBy#NONE} when not grouped)
 */
public record CallKpis(long rows, long offered, long answered, long abandoned, long abandonedKnown, long handled, double handleSeconds,
                       long resolvedOnCall, long resolutionKnown, long resolvedHandled, double resolvedHandleSeconds, List<InputProblem> skipped, long skippedTotal,
                       List<String> absentColumns, java.util.Map<String, CallKpis> groups, GroupBy groupedBy) {

    public CallKpis {
        skipped = List.copyOf(skipped);
        absentColumns = List.copyOf(absentColumns);
        groups = groups == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(groups));
        groupedBy = groupedBy == null ? GroupBy.NONE : groupedBy;
    }

    /** Answer rate, when calls were offered. */
    public Optional<Double> answerRate() {
        return offered == 0 ? Optional.empty() : Optional.of((double) answered / offered);
    }

    /** Abandonment rate, when calls record it. */
    public Optional<Double> abandonmentRate() {
        return abandonedKnown == 0 ? Optional.empty() : Optional.of((double) abandoned / abandonedKnown);
    }

    /** Mean handle time in minutes, when answered calls record it. */
    public Optional<Double> meanHandleMinutes() {
        return handled == 0 ? Optional.empty() : Optional.of(handleSeconds / handled / 60);
    }

    /** Mean handle time of the calls resolved on the call, in minutes, when they record it. */
    public Optional<Double> resolutionCallMinutes() {
        return resolvedHandled == 0 ? Optional.empty() : Optional.of(resolvedHandleSeconds / resolvedHandled / 60);
    }

    /** Share of answered calls resolved on the call, when recorded. */
    public Optional<Double> resolutionOnCallRate() {
        return resolutionKnown == 0 ? Optional.empty() : Optional.of((double) resolvedOnCall / resolutionKnown);
    }
}

package dev.itss.records;

import dev.itss.read.InputProblem;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * KPIs of spare-part movement records, counted in units, each with its numerator and denominator.
 * The definitions, fixed so that another tool reproduces the numbers, are those of kind
 * {@code spares} in {@link RecordKpiCatalog} ({@code dev/itss/records/kpis.yaml}, shown in
 * {@code docs/metrics.md}); each accessor below names the KPI it gives.
 *
 * <pre>{@code
 * SpareKpis spares = SpareRecords.read(Path.of("movements.csv"), RecordMapping.preset("spares"), ErrorPolicy.STOP, Optional.empty());
 * System.out.println(spares.fromStock() + " of " + spares.stockKnown() + " units issued from stock: " + spares.hitRate().orElse(null));
 * }</pre>
 *
 * @param rows             data rows read
 * @param movements        movements in scope
 * @param issued           units issued
 * @param stockKnown       units issued whose row records whether they came from stock
 * @param fromStock        of those, units that did
 * @param refurbishedKnown units issued whose row records whether they were refurbished
 * @param refurbished      of those, units that were
 * @param damaged          units found damaged
 * @param returned         units returned to the store after a repair
 * @param received         new units received
 * @param lastIssued       per part id, the time of its latest issue in scope
 * @param skipped          rows skipped under {@link ErrorPolicy#SKIP} (capped)
 * @param skippedTotal     rows skipped in all
 * @param absentColumns    optional columns the mapping names that the file lacks
 * @param groups           the same figures per group, when grouped ({@link GroupBy#PART} or {@link GroupBy#MONTH})
 * @param groupedBy        what {@code groups} are groups of ({@link GroupBy#NONE} when not grouped)
 */
public record SpareKpis(long rows, long movements, long issued, long stockKnown, long fromStock, long refurbishedKnown, long refurbished,
                        long damaged, long returned, long received, Map<String, LocalDateTime> lastIssued,
                        List<InputProblem> skipped, long skippedTotal, List<String> absentColumns, Map<String, SpareKpis> groups, GroupBy groupedBy) {

    public SpareKpis {
        lastIssued = Collections.unmodifiableMap(new TreeMap<>(lastIssued));
        skipped = List.copyOf(skipped);
        absentColumns = List.copyOf(absentColumns);
        groups = groups == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(groups));
        groupedBy = groupedBy == null ? GroupBy.NONE : groupedBy;
    }

    /** Hit rate, when any issued unit records whether it came from stock. */
    public Optional<Double> hitRate() {
        return stockKnown == 0 ? Optional.empty() : Optional.of((double) fromStock / stockKnown);
    }

    /** Damage rate, when any unit was issued or found damaged. */
    public Optional<Double> damageRate() {
        return issued + damaged == 0 ? Optional.empty() : Optional.of((double) damaged / (issued + damaged));
    }

    /** Reuse rate, when any issued unit records whether it was refurbished. */
    public Optional<Double> reuseRate() {
        return refurbishedKnown == 0 ? Optional.empty() : Optional.of((double) refurbished / refurbishedKnown);
    }
}

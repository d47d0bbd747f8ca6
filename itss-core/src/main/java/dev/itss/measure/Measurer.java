package dev.itss.measure;


import dev.itss.model.ServiceSnapshot;
import dev.itss.policy.Policy;
import dev.itss.records.OperationalRecords;
import dev.itss.records.TicketKpis;
import java.util.List;
import java.util.Optional;

/**
 * The measure stage: computes every catalogue metric from a valid snapshot, one class per element
 * ({@code PeopleFigures}, {@code ResourceFigures}, {@code TechnologyFigures}, {@code ProcessFigures},
 * {@code SupervisionFigures}), the ticket export's figures first ({@code TicketFigures}). A metric whose inputs
 * are absent is recorded as not available, with the reason, for the organisation (a whole section
 * missing) or for one subject (a post with no demand, a desk that took no calls); it is never
 * skipped and never counted as a pass. Each definition is in the catalogue
 * ({@code dev/itss/measure/catalogue.yaml}).
 *
 * <pre>{@code
 * Measurements measurements = Measurer.measure(snapshot, policy);
 * }</pre>
 */
@dev.itss.model.Covers({"S-4"})
public final class Measurer {
    private Measurer() {}

    /**
     * Measures a snapshot. The snapshot must be valid ({@link dev.itss.model.SnapshotValidator});
     * the policy supplies what the organisation requires (its required processes).
     */
    public static Measurements measure(ServiceSnapshot snapshot, Policy policy) {
        return measure(snapshot, policy, Optional.empty());
    }

    /**
     * Measures a snapshot and, when given, the KPIs of the period's ticket export (the
     * {@code tickets.*} metrics; not available without one).
     */
    public static Measurements measure(ServiceSnapshot snapshot, Policy policy, Optional<TicketKpis> records) {
        return measure(snapshot, policy, OperationalRecords.ofTickets(records));
    }

    /**
     * Measures a snapshot together with the period's operational records. A figure measured from
     * records takes the place of the snapshot's declared one for the same metric (its evidence
     * {@code source} names the records); see {@link OperationalRecords}.
     */
    public static Measurements measure(ServiceSnapshot snapshot, Policy policy, OperationalRecords records) {
        return measure(new ElementFigures.Sheet(snapshot, policy, records));
    }

    /** Measures a sheet, whose record-updated entities the facts reuse. */
    static Measurements measure(ElementFigures.Sheet sheet) {
        // the export first: a figure it measures takes the place of the declared one of the same KPI
        for (ElementFigures element : List.of(new TicketFigures(sheet), new PeopleFigures(sheet), new ResourceFigures(sheet),
                new TechnologyFigures(sheet), new ProcessFigures(sheet), new SupervisionFigures(sheet))) {
            element.measure();
        }
        return new Measurements(sheet.out);
    }

    /**
     * The check stage's input: the snapshot's entities, the figures measured from counts and
     * records, and the bands. Where records measured what an entity declares (a spare part's last
     * issue, an engineer's hours), the entity fact carries the measured value.
     *
     * <pre>{@code
     * Facts facts = Measurer.facts(snapshot, policy, records, bands, MetricCatalog.standard());
     * }</pre>
     *
     * @param metrics the catalogue with the engine's pack metrics: each gets a figure, the
     *                snapshot's declared one ({@code figures}) or not available
     */
    public static Facts facts(ServiceSnapshot snapshot, Policy policy, OperationalRecords records, List<Threshold> bands, MetricCatalog metrics) {
        return EntityFacts.build(snapshot, policy, records, bands, metrics);
    }
}

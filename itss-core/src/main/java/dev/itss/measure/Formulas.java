package dev.itss.measure;

import dev.itss.model.Automation;
import dev.itss.model.Deployment;
import dev.itss.model.KpiSource;
import dev.itss.model.ProcessKpi;
import dev.itss.model.SlaTarget;
import dev.itss.model.TicketCounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The formulas that both the measure stage (for the figure it reports) and the rules (judging an
 * entity) evaluate: written once here. Each returns NaN when its inputs are absent, and NaN lies
 * beyond no band ({@link Bands#beyond}).
 *
 * <pre>{@code
 * $s : ServiceOffering( Bands.beyond($t, Formulas.slaShortfall(sla, tickets)) )
 * }</pre>
 */
public final class Formulas {
    /** Days before the period end within which an engineer counts as a newcomer. */
    public static final int NEWCOMER_DAYS = 180;

    private Formulas() {}

    /** SLA attainment: tickets that met the SLA / tickets in scope; NaN without tickets in scope. */
    public static double slaAttainment(Optional<TicketCounts> tickets) {
        return tickets.map(t -> Ratios.of(t.metSla(), t.inScope())).orElse(Double.NaN);
    }

    /** The agreed attainment minus the attainment; NaN without an SLA or tickets in scope. */
    public static double slaShortfall(Optional<SlaTarget> sla, Optional<TicketCounts> tickets) {
        return sla.map(s -> s.attainmentTarget() - slaAttainment(tickets)).orElse(Double.NaN);
    }

    /** The service's major incidents; NaN when not reported. */
    public static double majorIncidents(Optional<TicketCounts> tickets) {
        return tickets.flatMap(TicketCounts::major).map(Integer::doubleValue).orElse(Double.NaN);
    }

    /** KPIs read from a system of record. */
    public static long reliableKpis(List<ProcessKpi> kpis) {
        return kpis.stream().filter(k -> k.source() == KpiSource.SYSTEM_OF_RECORD).count();
    }

    /** Reliable KPIs / KPIs defined; 0 for a process that defines none (nothing to rely on). */
    public static double kpiReliability(List<ProcessKpi> kpis) {
        return kpis.isEmpty() ? 0.0 : (double) reliableKpis(kpis) / kpis.size();
    }

    /** Incidents of a configuration item that no problem record covers: its incidents when it has no problem record, else 0. */
    public static double repeatIncidents(int incidents, int problemRecords) {
        return problemRecords > 0 ? 0 : incidents;
    }

    /** Whether an engineer hired on {@code hiredOn} is a newcomer at {@code end}; false when the date is unknown. */
    public static boolean isNewcomer(Optional<LocalDate> hiredOn, LocalDate end) {
        return hiredOn.map(d -> d.isAfter(end.minusDays(NEWCOMER_DAYS))).orElse(false);
    }

    /** Whether an article was written or revised within the year before {@code end}. */
    public static boolean isFresh(LocalDate created, Optional<LocalDate> updated, LocalDate end) {
        return updated.orElse(created).isAfter(end.minusDays(365));
    }

    /** Whether the service was deployed and its deployment records no knowledge transfer. */
    public static boolean deployedWithoutTransfer(Optional<Deployment> deployment) {
        return deployment.map(d -> d.knowledgeTransferOn().isEmpty()).orElse(false);
    }

    /** Whether the service was deployed without a test environment. */
    public static boolean deployedWithoutTestEnvironment(Optional<Deployment> deployment) {
        return deployment.map(d -> d.testEnvironmentSince().isEmpty()).orElse(false);
    }

    /** Whether the service was deployed and its emergency plan was not drilled since. */
    public static boolean deployedWithoutDrill(Optional<Deployment> deployment) {
        return deployment.map(d -> d.firstDrillOn().isEmpty()).orElse(false);
    }

    /** Whether an activity is reported as done by hand (an activity that does not report its automation is not). */
    public static boolean isManual(Optional<Automation> automation) {
        return automation.map(a -> a == Automation.NONE).orElse(false);
    }

    /** The ids of two lists, each followed by its label in parentheses: {@code [itsm (not defined), change (not documented)]}. */
    public static List<String> labelled(List<?> first, String firstLabel, List<?> second, String secondLabel) {
        List<String> out = new java.util.ArrayList<>(first.size() + second.size());
        first.forEach(id -> out.add(id + " (" + firstLabel + ")"));
        second.forEach(id -> out.add(id + " (" + secondLabel + ")"));
        return out;
    }

    /** Whether the optional value is absent. */
    public static boolean isAbsent(Optional<?> value) {
        return value.isEmpty();
    }

    /** Whether the optional value is present. */
    public static boolean isPresent(Optional<?> value) {
        return value.isPresent();
    }
}

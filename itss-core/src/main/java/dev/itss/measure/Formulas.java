package dev.itss.measure;

import dev.itss.model.Automation;
import dev.itss.model.Deployment;
import dev.itss.model.Drill;
import dev.itss.model.Engineer;
import dev.itss.model.Post;
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

    /**
     * Whether an engineer hired on {@code hiredOn} is a newcomer at {@code end}: hired within the
     * {@code windowDays} before it (the window of the band of {@code people.newcomers}); false when
     * the date is unknown.
     */
    public static boolean isNewcomer(Optional<LocalDate> hiredOn, LocalDate end, int windowDays) {
        return hiredOn.map(d -> d.isAfter(end.minusDays(windowDays))).orElse(false);
    }

    /** Whether an article was written or revised within the {@code windowDays} before {@code end} (the window of {@code knowledge.update_rate}). */
    public static boolean isFresh(LocalDate created, Optional<LocalDate> updated, LocalDate end, int windowDays) {
        return updated.orElse(created).isAfter(end.minusDays(windowDays));
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

    /**
     * The ids of two lists, each followed by its label in parentheses, e.g. {@code [itsm (process:not-defined),
     * change (process:not-documented)]}; a label that is a coded word is shown in each report's language.
     */
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

    /** Whether a drill recovered within its objective; false when either time was not recorded. */
    public static boolean drillMetObjective(Drill drill) {
        return drill.recoveryObjectiveMinutes().isPresent() && drill.recoveredInMinutes().isPresent()
                && drill.recoveredInMinutes().get() <= drill.recoveryObjectiveMinutes().get();
    }

    /** Whether the latest drill recorded an objective and a result and missed the objective. */
    public static boolean latestDrillMissed(Optional<Drill> latest) {
        return latest.filter(d -> d.recoveryObjectiveMinutes().isPresent() && d.recoveredInMinutes().isPresent())
                .map(d -> !drillMetObjective(d)).orElse(false);
    }

    /**
     * Whether a plan's drill is overdue: a drilled plan beyond the band of days since its last drill,
     * a plan never drilled beyond the band of days since its approval (the first-drill allowance).
     * The same judgement as TEC-003 and TEC-014, for the rules that join a plan.
     */
    public static boolean drillOverdue(Threshold sinceDrill, Threshold undrilled, Optional<LocalDate> lastDrillOn, LocalDate approvedOn, LocalDate end) {
        return lastDrillOn.map(d -> Bands.beyond(sinceDrill, Ratios.daysBetween(d, end)))
                .orElseGet(() -> Bands.beyond(undrilled, Ratios.daysBetween(approvedOn, end)));
    }

    /** Whether an optional flag is present and true (a configuration item known to be monitored). */
    public static boolean isTrue(Optional<Boolean> flag) {
        return flag.orElse(false);
    }

    /** Whether an optional id is present and equal to {@code id} (the desk staffed by a post). */
    public static boolean names(Optional<String> link, String id) {
        return link.isPresent() && link.get().equals(id);
    }

    /** Whether a list is not empty (a risk that threatens at least one service). */
    public static boolean hasAny(java.util.Collection<?> items) {
        return !items.isEmpty();
    }

    /** Whether an accumulate count (typed {@code Object} in a rule) is above zero. */
    private static boolean positive(Object count) {
        return count instanceof Number n && n.longValue() > 0;
    }

    /** Whether an engineer with {@code skills} could stand in on a post that requires {@code required}: it names some, and they hold them all. */
    public static boolean canStandIn(java.util.Collection<String> skills, java.util.Collection<String> required) {
        return !required.isEmpty() && Ratios.holdsAll(skills, required);
    }

    /**
     * The posts nobody can cover when a holder is away: those with fewer than two engineers and no
     * engineer of another post named as their backup. A colleague on the same post is a backup.
     */
    public static List<Post> postsWithoutBackup(List<Post> posts, List<Engineer> engineers) {
        java.util.Map<String, Long> holders = engineers.stream().collect(java.util.stream.Collectors.groupingBy(Engineer::post, java.util.stream.Collectors.counting()));
        java.util.Set<String> backedUp = engineers.stream().flatMap(e -> e.backupFor().stream()).collect(java.util.stream.Collectors.toSet());
        return posts.stream().filter(p -> holders.getOrDefault(p.id(), 0L) < 2 && !backedUp.contains(p.id())).toList();
    }

    /**
     * The engineers of other posts who could stand in on a post from the skills they hold: every
     * skill the post requires (none when it requires none), sorted by name.
     */
    public static List<Engineer> standIns(Post post, List<Engineer> engineers) {
        return engineers.stream().filter(e -> !e.post().equals(post.id()) && canStandIn(e.skills(), post.requiredSkills()))
                .sorted(java.util.Comparator.comparing(Engineer::name)).toList();
    }

    /**
     * Whether a service lacks any of what covers it (A-R-01): an agreed SLA, a knowledge article, a
     * monitored configuration item, an emergency plan. Articles and configuration items count only
     * when some service of the snapshot links them ({@code articlesLinked}, {@code itemsLinked}):
     * a kind of link nobody reports is unknown, not missing. The counts are a rule's accumulate results.
     */
    public static boolean coverageGap(Optional<?> sla, java.util.Collection<?> articles, Object monitoredItems, Object plans,
                                      Object articlesLinked, Object itemsLinked) {
        return sla.isEmpty() || (articles.isEmpty() && positive(articlesLinked))
                || (!positive(monitoredItems) && positive(itemsLinked)) || !positive(plans);
    }

    /** Whether a plan's services ({@code EmergencyPlan.services}) name any of {@code served}, the services a rule collected (typed {@code Object}). */
    public static boolean restoresAny(java.util.Collection<String> planServices, Object served) {
        return served instanceof java.util.Collection<?> services
                && services.stream().anyMatch(s -> s instanceof dev.itss.model.ServiceOffering o && planServices.contains(o.id()));
    }

    /**
     * Whether the work of an understaffed post fails (PPL-010): a service it serves misses its SLA,
     * or it staffs the desk and the desk's answer rate is beyond its band. The arguments are a
     * rule's accumulate counts.
     */
    public static boolean anyFailure(Object servicesMissed, Object staffsDesk, Object deskBeyond) {
        return positive(servicesMissed) || (positive(staffsDesk) && positive(deskBeyond));
    }
}

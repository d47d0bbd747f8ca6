package dev.itss.policy;

import dev.itss.model.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Targets and switches of an assessment. The rule pack ships a default policy; an organisation's
 * policy overrides what it names and keeps the rest.
 *
 * <pre>{@code
 * Policy policy = engine.defaultPolicy().overriddenBy(PolicyReader.standard().read(Path.of("policy.yaml")));
 * }</pre>
 *
 * @param bands              warning/breach bands keyed by metric id
 * @param requiredProcesses  ids of the service-management processes the organisation must have
 *                           defined and documented (e.g. {@code incident}, {@code change})
 * @param disabledRules      ids of rules that must not run
 * @param severities         severity overrides keyed by rule id
 * @param ticketSla          ticket SLA targets per priority, for exports without a made-SLA flag
 * @param waivers            accepted findings, each with a reason and an expiry (see {@link Waiver})
 */
@dev.itss.model.Covers({"S-2"})
public record Policy(
        Map<@NotBlank String, @NotNull @Valid Band> bands,
        List<@NotBlank String> requiredProcesses,
        Set<@NotBlank String> disabledRules,
        Map<@NotBlank String, @NotNull Severity> severities,
        Optional<@Valid TicketSla> ticketSla,
        List<@NotNull @Valid Waiver> waivers) {

    public Policy {
        bands = bands == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(bands));
        requiredProcesses = requiredProcesses == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(requiredProcesses));
        disabledRules = disabledRules == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(disabledRules));
        severities = severities == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(severities));
        ticketSla = ticketSla == null ? Optional.empty() : ticketSla;
        waivers = waivers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(waivers));
    }

    /** A policy without waivers. */
    public Policy(Map<String, Band> bands, List<String> requiredProcesses, Set<String> disabledRules, Map<String, Severity> severities,
                  Optional<TicketSla> ticketSla) {
        this(bands, requiredProcesses, disabledRules, severities, ticketSla, List.of());
    }

    /** A policy without ticket SLA targets. */
    public Policy(Map<String, Band> bands, List<String> requiredProcesses, Set<String> disabledRules, Map<String, Severity> severities) {
        this(bands, requiredProcesses, disabledRules, severities, Optional.empty());
    }

    /** A policy with nothing set. */
    public static Policy empty() {
        return new Policy(Map.of(), List.of(), Set.of(), Map.of());
    }

    /** The band of a metric, if the policy has one. */
    public Optional<Band> band(String metric) {
        return Optional.ofNullable(bands.get(metric));
    }

    /**
     * This policy with {@code override} laid over it: its bands and severities replace these key
     * by key, its disabled rules are added, and its required processes and ticket SLA targets
     * replace these when it has any.
     */
    public Policy overriddenBy(Policy override) {
        Map<String, Band> mergedBands = new LinkedHashMap<>(bands);
        mergedBands.putAll(override.bands());
        Set<String> mergedDisabled = new LinkedHashSet<>(disabledRules);
        mergedDisabled.addAll(override.disabledRules());
        Map<String, Severity> mergedSeverities = new LinkedHashMap<>(severities);
        mergedSeverities.putAll(override.severities());
        List<String> processes = override.requiredProcesses().isEmpty() ? requiredProcesses : override.requiredProcesses();
        List<Waiver> mergedWaivers = new ArrayList<>(waivers);
        mergedWaivers.addAll(override.waivers());
        return new Policy(mergedBands, processes, mergedDisabled, mergedSeverities, override.ticketSla().or(this::ticketSla), mergedWaivers);
    }
}

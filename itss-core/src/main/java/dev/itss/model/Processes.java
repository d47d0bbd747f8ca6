package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The process element (过程): the defined service-management processes and the period's counts of
 * their work.
 *
 * @param definitions  one entry per defined process
 * @param incidents    the period's incident counts; absent when not reported
 * @param changes      the period's problem, change and release counts; absent when not reported
 * @param routine      the period's inspection and terminal-recycling counts; absent when not reported
 * @param satisfaction the period's satisfaction survey; absent when not surveyed
 * @param configurationItems incidents and problem records per configuration item, for the items
 *                     with incidents in the period
 */
public record Processes(
        List<@NotNull @Valid ProcessDefinition> definitions,
        Optional<@Valid IncidentCounts> incidents,
        Optional<@Valid ChangeCounts> changes,
        Optional<@Valid RoutineCounts> routine,
        Optional<@Valid Satisfaction> satisfaction,
        List<@NotNull @Valid ConfigurationItem> configurationItems) {

    public Processes {
        definitions = Lists.copy(definitions);
        incidents = Lists.orEmpty(incidents);
        changes = Lists.orEmpty(changes);
        routine = Lists.orEmpty(routine);
        satisfaction = Lists.orEmpty(satisfaction);
        configurationItems = Lists.copy(configurationItems);
    }

    /** Definitions only. */
    public Processes(List<ProcessDefinition> definitions) {
        this(definitions, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** Nothing reported. */
    public static Processes none() {
        return new Processes(List.of());
    }
}

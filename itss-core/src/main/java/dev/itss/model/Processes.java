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
 */
public record Processes(
        List<@NotNull @Valid ProcessDefinition> definitions,
        Optional<@Valid IncidentCounts> incidents,
        Optional<@Valid ChangeCounts> changes,
        Optional<@Valid RoutineCounts> routine,
        Optional<@Valid Satisfaction> satisfaction) {

    public Processes {
        definitions = Lists.copy(definitions);
        incidents = Lists.orEmpty(incidents);
        changes = Lists.orEmpty(changes);
        routine = Lists.orEmpty(routine);
        satisfaction = Lists.orEmpty(satisfaction);
    }

    /** Definitions only. */
    public Processes(List<ProcessDefinition> definitions) {
        this(definitions, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Nothing reported. */
    public static Processes none() {
        return new Processes(List.of());
    }
}

package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The process element (过程): the service-management processes the organisation has defined.
 *
 * @param definitions one entry per defined process
 */
public record Processes(List<@NotNull @Valid ProcessDefinition> definitions) {

    public Processes {
        definitions = Lists.copy(definitions);
    }

    /** Nothing reported. */
    public static Processes none() {
        return new Processes(List.of());
    }
}

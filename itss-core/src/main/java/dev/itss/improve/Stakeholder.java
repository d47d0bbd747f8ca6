package dev.itss.improve;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A person, role or body with a duty for the plan (ITSS I-1).
 *
 * @param name    who, in the plan's words (a template's owner role in the report language when
 *                generated; a person's name once edited)
 * @param duty    responsible, accountable, consulted or informed
 * @param actions the ids of the actions the duty concerns; empty for the whole plan
 */
public record Stakeholder(@NotBlank String name, @NotNull Raci duty, List<@NotBlank String> actions) {

    public Stakeholder {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}

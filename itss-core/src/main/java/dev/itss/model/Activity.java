package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/**
 * A routine O&amp;M activity that should follow a written procedure.
 *
 * @param id         stable identifier, referenced by {@link Sop#activity()}
 * @param name       display name, e.g. "Data-centre inspection / 机房巡检"
 * @param automation how far it is automated; absent when not reported (M-T-03)
 */
public record Activity(@NotBlank String id, @NotBlank String name, Optional<Automation> automation) {

    public Activity {
        automation = Lists.orEmpty(automation);
    }

    /** An activity whose automation is not reported. */
    public Activity(String id, String name) {
        this(id, name, Optional.empty());
    }
}

package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An emergency-response plan (应急响应预案), the services and risks it answers and its drills.
 *
 * @param id         stable identifier
 * @param scenario   what it responds to, e.g. "HIS database outage"
 * @param approvedOn day the plan was approved
 * @param drills     the drills held (演练), in any order; empty when never drilled
 * @param services   ids of the services it restores
 * @param risks      ids of the risks it answers
 */
public record EmergencyPlan(
        @NotBlank String id,
        @NotBlank String scenario,
        @NotNull LocalDate approvedOn,
        List<@NotNull @Valid Drill> drills,
        @References("ServiceOffering") List<@NotBlank String> services,
        @References("Risk") List<@NotBlank String> risks) {

    public EmergencyPlan {
        drills = Lists.copy(drills);
        services = Lists.copy(services);
        risks = Lists.copy(risks);
    }

    /** A plan linked to no service or risk. */
    public EmergencyPlan(String id, String scenario, LocalDate approvedOn, List<Drill> drills) {
        this(id, scenario, approvedOn, drills, List.of(), List.of());
    }

    /** The latest drill, or empty when the plan was never drilled. */
    public Optional<Drill> latestDrill() {
        return drills.stream().filter(d -> d != null).max(Comparator.comparing(Drill::on));
    }

    /** Day of the latest drill, or empty when the plan was never drilled. */
    public Optional<LocalDate> lastDrillOn() {
        return latestDrill().map(Drill::on);
    }
}

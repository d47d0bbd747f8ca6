package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One drill (演练) of an emergency plan: when it was held and, where the drill recorded them, the
 * recovery time it aimed at and the one it achieved (the effect of the drill, M-T-05).
 *
 * <pre>{@code
 * new Drill(LocalDate.parse("2024-09-15"), Optional.of(30), Optional.of(75));   // missed its 30-minute objective
 * }</pre>
 *
 * @param on                       day of the drill
 * @param recoveryObjectiveMinutes the recovery time the drill aimed at (RTO); absent when none was set
 * @param recoveredInMinutes       the recovery time it achieved; absent when not recorded
 */
public record Drill(
        @NotNull LocalDate on,
        Optional<@Positive Integer> recoveryObjectiveMinutes,
        Optional<@PositiveOrZero Integer> recoveredInMinutes) {

    public Drill {
        recoveryObjectiveMinutes = Lists.orEmpty(recoveryObjectiveMinutes);
        recoveredInMinutes = Lists.orEmpty(recoveredInMinutes);
    }

    /** A drill with no recorded objective or result. */
    public Drill(LocalDate on) {
        this(on, Optional.empty(), Optional.empty());
    }
}

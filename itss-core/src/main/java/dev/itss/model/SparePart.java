package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One spare part (备件) held in the store.
 *
 * @param id        stable identifier, e.g. {@code SP-42}
 * @param name      display name
 * @param quantity  units in stock at the end of the period
 * @param unitValue book value of one unit
 * @param stockedOn day the part entered the store
 * @param lastUsed  day a unit was last issued to a repair; absent when never issued
 * @param requests  requests for this part in the period
 * @param hits      of those, requests the store could fill (at most {@code requests})
 * @param damaged   units found damaged in the period
 * @param issued    units issued to repairs in the period; absent when not reported
 * @param reused    units returned from repairs and issued again (备件复用); absent when not reported
 */
public record SparePart(
        @NotBlank String id,
        @NotBlank String name,
        @NotNull @PositiveOrZero Integer quantity,
        @NotNull @PositiveOrZero BigDecimal unitValue,
        @NotNull LocalDate stockedOn,
        Optional<LocalDate> lastUsed,
        @NotNull @PositiveOrZero Integer requests,
        @NotNull @PositiveOrZero Integer hits,
        @NotNull @PositiveOrZero Integer damaged,
        Optional<@PositiveOrZero Integer> issued,
        Optional<@PositiveOrZero Integer> reused) {

    public SparePart {
        lastUsed = Lists.orEmpty(lastUsed);
        issued = Lists.orEmpty(issued);
        reused = Lists.orEmpty(reused);
    }

    /** A part whose issues and reuses are not reported. */
    public SparePart(String id, String name, Integer quantity, BigDecimal unitValue, LocalDate stockedOn, Optional<LocalDate> lastUsed,
                     Integer requests, Integer hits, Integer damaged) {
        this(id, name, quantity, unitValue, stockedOn, lastUsed, requests, hits, damaged, Optional.empty(), Optional.empty());
    }
}

package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Routine process work of the period, counted.
 *
 * @param inspectionsPlanned         data-centre inspections (机房巡检) planned
 * @param inspectionsPerformed       of those, inspections performed and recorded
 * @param terminalsRetired           terminals retired (终端回收)
 * @param terminalsRecycledWithRecord of those, terminals recycled with a complete record (asset,
 *                                   data wiping, sign-off)
 */
public record RoutineCounts(
        @NotNull @PositiveOrZero Integer inspectionsPlanned,
        @NotNull @PositiveOrZero Integer inspectionsPerformed,
        @NotNull @PositiveOrZero Integer terminalsRetired,
        @NotNull @PositiveOrZero Integer terminalsRecycledWithRecord) {}

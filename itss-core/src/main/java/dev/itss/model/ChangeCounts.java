package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The period's problems (问题), changes (变更) and releases (发布), counted (M-S-06 to M-S-08).
 *
 * @param problems               problems closed in the period
 * @param problemsWithRootCause  of those, problems closed with a root cause found
 * @param changes                changes implemented
 * @param changesFailed          of those, changes that failed or were backed out
 * @param emergencyChanges       of those, emergency changes
 * @param releases               releases deployed
 * @param releasesRolledBack     of those, releases rolled back
 * @param releasesWithVersionRecord of those, releases recorded with their version in the configuration records
 */
public record ChangeCounts(
        @NotNull @PositiveOrZero Integer problems,
        @NotNull @PositiveOrZero Integer problemsWithRootCause,
        @NotNull @PositiveOrZero Integer changes,
        @NotNull @PositiveOrZero Integer changesFailed,
        @NotNull @PositiveOrZero Integer emergencyChanges,
        @NotNull @PositiveOrZero Integer releases,
        @NotNull @PositiveOrZero Integer releasesRolledBack,
        @NotNull @PositiveOrZero Integer releasesWithVersionRecord) {}

package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How a service was deployed into operation (部署实施, lifecycle L-2).
 *
 * @param deployedOn              day the service went into operation under this organisation
 * @param knowledgeTransferOn     day the knowledge transfer from the builder or previous provider
 *                                was completed and recorded; absent when there was none
 * @param testEnvironmentSince    day a test environment for the service became available; absent
 *                                when it has none
 * @param firstDrillOn            day its emergency plan was first drilled after deployment; absent
 *                                when not drilled yet
 */
public record Deployment(
        @NotNull LocalDate deployedOn,
        Optional<LocalDate> knowledgeTransferOn,
        Optional<LocalDate> testEnvironmentSince,
        Optional<LocalDate> firstDrillOn) {

    public Deployment {
        knowledgeTransferOn = Lists.orEmpty(knowledgeTransferOn);
        testEnvironmentSince = Lists.orEmpty(testEnvironmentSince);
        firstDrillOn = Lists.orEmpty(firstDrillOn);
    }
}

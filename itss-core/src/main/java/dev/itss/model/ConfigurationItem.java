package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;

/**
 * A configuration item (配置项) a service runs on, with the period's incidents on it and the problem
 * records opened for it. Services name the items they run on ({@link ServiceOffering#configurationItems()}).
 *
 * @param id             configuration-item id, e.g. {@code core-switch-01}
 * @param name           display name
 * @param incidents      incidents on the item in the period
 * @param problemRecords problem records open or closed in the period for the item
 * @param monitored      whether the item is under monitoring (监控); absent when not reported
 */
public record ConfigurationItem(@NotBlank String id, @NotBlank String name, @NotNull @PositiveOrZero Integer incidents,
                                @NotNull @PositiveOrZero Integer problemRecords, Optional<Boolean> monitored) {

    public ConfigurationItem {
        monitored = Lists.orEmpty(monitored);
    }

    /** An item whose monitoring is not reported. */
    public ConfigurationItem(String id, String name, Integer incidents, Integer problemRecords) {
        this(id, name, incidents, problemRecords, Optional.empty());
    }
}

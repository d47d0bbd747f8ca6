package dev.itss.engine.spi;

import dev.itss.engine.RulePack;
import java.util.Objects;

/**
 * A rule pack as an engine is configured with it.
 *
 * @param pack    the pack
 * @param trusted whether its rules may use what the lint refuses (files, network, processes,
 *                reflection, class loading); the lint is not a sandbox either way
 */
public record PackSetting(RulePack pack, boolean trusted) {
    public PackSetting {
        Objects.requireNonNull(pack, "pack");
    }
}

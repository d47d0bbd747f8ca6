package dev.itss.engine.spi;

import dev.itss.engine.RulePack;

/**
 * A rule pack shipped in a jar, found through {@link java.util.ServiceLoader} when an engine is
 * built with {@link dev.itss.engine.AssessmentEngine.Builder#withInstalledPacks()}. Register the
 * class in {@code META-INF/services/dev.itss.engine.spi.RulePackProvider}.
 *
 * <pre>{@code
 * public final class DeskPack implements RulePackProvider {
 *     public RulePack pack() {
 *         return RulePack.fromResources(DeskPack.class.getClassLoader(), "com/example/packs/desk");
 *     }
 * }
 * }</pre>
 */
public interface RulePackProvider {

    /** The pack; called once per engine built. */
    RulePack pack();

    /** Whether the pack may use what the lint refuses (files, network, processes, reflection); false by default. */
    default boolean trusted() {
        return false;
    }
}

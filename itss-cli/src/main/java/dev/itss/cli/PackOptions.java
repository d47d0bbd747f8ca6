package dev.itss.cli;

import dev.itss.engine.AssessmentEngine;
import dev.itss.engine.RulePack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rules DIR} and {@code --trusted-rules DIR}: rule packs laid over the built-in rules. */
final class PackOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "A rule pack folder (DRL, checks, texts, policy) laid over the built-in rules; repeatable. "
                    + "Check it first with: itss rules check DIR.")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--trusted-rules", paramLabel = "DIR",
            description = "A rule pack whose authors are trusted: the lint does not refuse its file, network, process or reflection calls "
                    + "(the lint is not a sandbox either way); repeatable.")
    List<Path> trusted = new ArrayList<>();

    /** The engine: the built-in rules, with the packs when any is given. */
    AssessmentEngine engine() {
        if (packs.isEmpty() && trusted.isEmpty()) {
            return AssessmentEngine.load();
        }
        AssessmentEngine.Builder builder = AssessmentEngine.builder();
        packs.forEach(builder::withPack);
        trusted.forEach(folder -> builder.withTrustedPack(RulePack.fromFolder(folder)));
        return builder.build();
    }
}

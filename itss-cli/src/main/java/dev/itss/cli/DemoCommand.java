package dev.itss.cli;

import dev.itss.engine.AssessmentEngine;
import dev.itss.examples.SampleOrganisation;
import dev.itss.model.ServiceSnapshot;
import dev.itss.policy.Policy;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code itss demo}: assesses an embedded sample organisation. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Assess an embedded sample organisation (default: the hospital IT team) and its operational records (tickets, calls, spare-part movements, timesheets), with the built-in rules and any rule packs given.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--org", paramLabel = "NAME", defaultValue = "hospital",
            description = "Sample organisation: hospital (default) or logistics.")
    String org;

    @Mixin
    ReportOptions report;

    @Mixin
    PackOptions rules;

    @Override
    public Integer call() {
        SampleOrganisation sample = SampleOrganisation.named(org);
        AssessmentEngine engine = rules.engine();
        Policy policy = engine.defaultPolicy();
        ServiceSnapshot snapshot = sample.snapshot();
        return report.print(engine, engine.assess(snapshot, policy, sample.records(snapshot, policy)), spec.commandLine().getOut());
    }
}

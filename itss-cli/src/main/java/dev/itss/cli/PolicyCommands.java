package dev.itss.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.itss.engine.AssessmentEngine;
import dev.itss.internal.Mappers;
import dev.itss.measure.MetricDefinition;
import dev.itss.measure.Threshold;
import dev.itss.policy.Policy;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code itss policy}: the policy an organisation edits. */
@Command(name = "policy", description = "The policy: bands, required processes, ticket SLA targets, disabled rules, severities, waivers.",
        subcommands = PolicyCommands.Init.class, mixinStandardHelpOptions = true)
final class PolicyCommands {
    private PolicyCommands() {}

    /**
     * {@code itss policy init}: the default policy written out in full, each band with its metric's
     * ITSS item, name, direction and the source of its numbers as comments, for an organisation to
     * edit. Read back unchanged, it assesses exactly as the default policy (a test holds it to that).
     */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Write the default policy, commented, as the starting point of an organisation's own (--policy FILE of assess, plan, verify).",
            footer = {"", "Example:", "  itss policy init --output policy.yaml"})
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        OutputFile output;

        @Override
        public Integer call() throws JsonProcessingException {
            AssessmentEngine engine = AssessmentEngine.load();
            Policy policy = engine.defaultPolicy();
            StringBuilder out = new StringBuilder();
            out.append("# ITSS Improve policy, written by `itss policy init` from the default policy of this version.\n")
                    .append("# Edit what your organisation agrees differently and delete the rest: a policy given with --policy is laid\n")
                    .append("# over the default, entry by entry. A value equal to a bound is on the good side of it.\n\n");
            out.append("# The service-management processes the organisation must have defined and documented (ITSS L-3).\n");
            out.append("requiredProcesses: ").append(flow(policy.requiredProcesses())).append("\n\n");
            out.append("# Warning and breach bound of each metric: beyond the warning bound a finding one severity below the rule's,\n")
                    .append("# beyond the breach bound at the rule's severity.\n");
            out.append("bands:\n");
            for (Threshold t : engine.thresholds(policy)) {
                MetricDefinition metric = engine.metrics().find(t.metric()).orElseThrow();
                out.append("  # ").append(metric.item()).append(' ').append(metric.name().en()).append(" / ").append(metric.name().zh()).append("; ")
                        .append(t.direction().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append('\n');
                out.append("  ").append(t.metric()).append(": {warning: ").append(CatalogueCommands.number(t.warning())).append(", breach: ").append(CatalogueCommands.number(t.breach()));
                if (t.windowDays() > 0 && policy.bands().containsKey(t.metric()) && policy.bands().get(t.metric()).windowDays().isPresent()) {
                    out.append(", windowDays: ").append(t.windowDays());
                }
                out.append(", source: ").append(Mappers.json().writeValueAsString(t.source())).append("}\n");
            }
            out.append('\n');
            if (policy.ticketSla().isPresent()) {
                out.append("# Ticket SLA targets per priority, for ticket exports without a made-SLA flag.\n");
                String sla = Mappers.omittingAbsent(Mappers.yaml()).writeValueAsString(java.util.Map.of("ticketSla", policy.ticketSla().get()));
                out.append(sla.replaceFirst("^---\\s*\\n", "")).append('\n');
            }
            out.append("# Rules switched off, by id (itss rules list), e.g. [RES-004].\n").append("disabledRules: ").append(flow(policy.disabledRules())).append("\n\n");
            out.append("# A rule's severity changed, e.g. {TEC-002: HIGH}.\n").append("severities: {}\n\n");
            out.append("# Accepted findings: [{rule: PPL-006, subject: \"post:dba\", reason: \"...\", expires: 2027-06-30}].\n").append("waivers: []\n");
            return output.print(spec, out.toString());
        }

        private static String flow(java.util.Collection<String> values) {
            return "[" + String.join(", ", values) + "]";
        }
    }
}

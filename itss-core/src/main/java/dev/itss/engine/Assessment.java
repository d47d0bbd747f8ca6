package dev.itss.engine;

import dev.itss.engine.spi.FiredRule;
import dev.itss.check.Findings;
import dev.itss.check.Scorecard;
import dev.itss.improve.ImprovementPlan;
import dev.itss.measure.Measurements;
import dev.itss.model.Organisation;
import dev.itss.model.Period;
import dev.itss.policy.WaiverStatus;
import java.util.List;

/**
 * The result of assessing one snapshot.
 *
 * @param organisation the organisation assessed
 * @param period       the period
 * @param measurements every metric, measured or not available
 * @param findings     the findings and the rules that could not judge
 * @param trace        the rules fired, in order
 * @param engine       the rule engine's name
 * @param plan         the ranked improvement plan
 * @param scores       scores per element and overall
 * @param waivers      what became of each waiver of the policy
 */
public record Assessment(
        Organisation organisation,
        Period period,
        Measurements measurements,
        Findings findings,
        List<FiredRule> trace,
        String engine,
        ImprovementPlan plan,
        Scorecard scores,
        List<WaiverStatus> waivers) {

    /** The version of the assessment's JSON layout ({@code schemaVersion} of {@code itss assess --format json}). */
    public static final int SCHEMA_VERSION = 1;

    public Assessment {
        trace = List.copyOf(trace);
        waivers = List.copyOf(waivers);
    }

    /** An assessment under a policy without waivers. */
    public Assessment(Organisation organisation, Period period, Measurements measurements, Findings findings, List<FiredRule> trace,
                      String engine, ImprovementPlan plan, Scorecard scores) {
        this(organisation, period, measurements, findings, trace, engine, plan, scores, List.of());
    }

    /** The findings not waived: what the plan and {@code --fail-on} act on. */
    public List<dev.itss.check.Finding> openFindings() {
        return findings.findings().stream().filter(f -> !f.waived()).toList();
    }
}

package dev.itss.engine.spi;

import dev.itss.finding.Finding;
import java.util.List;

/**
 * What a rule engine returns for one assessment.
 *
 * @param findings findings raised by the rules, severities as the rules declared them
 * @param fired    the rules fired, in order
 */
public record Detection(List<Finding> findings, List<FiredRule> fired) {

    public Detection {
        findings = List.copyOf(findings);
        fired = List.copyOf(fired);
    }
}

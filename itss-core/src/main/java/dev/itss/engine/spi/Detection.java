package dev.itss.engine.spi;

import dev.itss.check.Finding;
import dev.itss.improve.ActionLink;
import java.util.List;

/**
 * What a rule engine returns for one assessment.
 *
 * @param findings findings raised by the rules, severities as the rules declared them
 * @param fired    the rules fired, in order
 * @param links    the improvement rules' links from findings to action templates
 */
public record Detection(List<Finding> findings, List<FiredRule> fired, List<ActionLink> links) {

    public Detection {
        findings = List.copyOf(findings);
        fired = List.copyOf(fired);
        links = List.copyOf(links);
    }

    /** Findings and firings, no improvement links. */
    public Detection(List<Finding> findings, List<FiredRule> fired) {
        this(findings, fired, List.of());
    }
}

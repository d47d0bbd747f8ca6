package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Supervision (监督管理, lifecycle L-5): service quality, risks and information security.
 *
 * @param quality        the period's quality evaluation on the five ITSS attributes; absent when not evaluated
 * @param risks          the risk register
 * @param securityPolicy the information-security policy; absent when the organisation has none
 */
public record Supervision(
        Optional<@Valid QualityScores> quality,
        List<@NotNull @Valid Risk> risks,
        Optional<@Valid SecurityPolicy> securityPolicy) {

    public Supervision {
        quality = Lists.orEmpty(quality);
        risks = Lists.copy(risks);
        securityPolicy = Lists.orEmpty(securityPolicy);
    }
}

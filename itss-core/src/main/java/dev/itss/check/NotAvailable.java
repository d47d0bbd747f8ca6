package dev.itss.check;

import dev.itss.model.Element;
import dev.itss.model.Subject;
import java.util.List;

/**
 * A rule could not judge a subject because an input metric was not available. Reported beside the
 * findings so that missing data is never mistaken for a pass.
 *
 * @param ruleId    the rule
 * @param element   its element
 * @param subject   the subject the missing measurement is about
 * @param metric    the metric that was not available
 * @param reason    why, naming the missing input, e.g. "no posts reported (people.posts)"
 * @param domainIds the ITSS-DOMAIN items the rule covers
 */
public record NotAvailable(String ruleId, Element element, Subject subject, String metric, String reason, List<String> domainIds) {

    public NotAvailable {
        domainIds = List.copyOf(domainIds);
    }

    /** Always {@link Outcome#NOT_AVAILABLE}. */
    public Outcome outcome() {
        return Outcome.NOT_AVAILABLE;
    }
}

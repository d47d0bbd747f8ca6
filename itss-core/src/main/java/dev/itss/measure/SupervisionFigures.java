package dev.itss.measure;

import static dev.itss.measure.MetricCatalog.*;

import dev.itss.model.QualityScores;
import dev.itss.model.Risk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measure stage for supervision (L-5): the security policy, the quality evaluation and the risk register.
 */
final class SupervisionFigures extends ElementFigures {

    SupervisionFigures(Sheet sheet) {
        super(sheet);
    }

    @Override
    void measure() {
        supervision();
    }

    // ------------------------------------------------------------------ supervision

    private void supervision() {
        s.supervision().ifPresentOrElse(sup -> {
            add(Measurement.of(SECURITY_POLICY_PRESENT, organisation, sup.securityPolicy().isPresent() ? 1 : 0));
            sup.securityPolicy().ifPresentOrElse(p -> add(Measurement.of(SECURITY_POLICY_AGE_DAYS, organisation, daysToEnd(p.lastReviewed()),
                            Evidence.date("lastReviewed", p.lastReviewed()), Evidence.date("approvedOn", p.approvedOn()))),
                    () -> notAvailable(SECURITY_POLICY_AGE_DAYS, organisation, "there is no information-security policy to review"));
            sup.quality().ifPresentOrElse(this::quality,
                    () -> notAvailable(QUALITY_SCORE, organisation, "no quality evaluation reported (supervision.quality)"));
            List<Risk> risks = sup.risks();
            if (risks.isEmpty()) {
                notAvailable(RISK_TREATMENT_RATE, organisation, "no risks in the register (supervision.risks)");
                notAvailable(RISKS_OVERDUE, organisation, "no risks in the register (supervision.risks)");
            } else {
                List<String> untreated = risks.stream().filter(r -> r.treatmentPlanOn().isEmpty()).map(Risk::name).toList();
                add(Measurement.of(RISK_TREATMENT_RATE, organisation, (double) (risks.size() - untreated.size()) / risks.size(),
                        Evidence.count("treated", risks.size() - untreated.size()), Evidence.count("risks", risks.size())));
                List<String> overdue = risks.stream().filter(r -> r.reviewDue().isBefore(s.period().end())).map(Risk::name).toList();
                add(Measurement.of(RISKS_OVERDUE, organisation, overdue.size()));
            }
        }, () -> {
            for (String metric : List.of(SECURITY_POLICY_PRESENT, SECURITY_POLICY_AGE_DAYS, QUALITY_SCORE, RISK_TREATMENT_RATE, RISKS_OVERDUE)) {
                notAvailable(metric, organisation, "no supervision reported (supervision)");
            }
        });
    }

    private void quality(QualityScores q) {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("security", q.security());
        scores.put("reliability", q.reliability());
        scores.put("responsiveness", q.responsiveness());
        scores.put("tangibility", q.tangibility());
        scores.put("friendliness", q.friendliness());
        scores.forEach((attribute, score) -> add(Measurement.of(QUALITY_SCORE, subject("quality-attribute", attribute, attribute), score)));
    }

}

package dev.itss.examples;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.finding.Finding;
import dev.itss.model.ServiceSnapshot;
import dev.itss.report.Language;
import dev.itss.report.Texts;

/**
 * How an ITSM product embeds the library: build the engine once, assess a snapshot, and use the
 * findings (here: print one line each). Run it with
 * {@code java -cp ... dev.itss.examples.EmbeddingExample}.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {}

    public static void main(String[] args) {
        AssessmentEngine engine = AssessmentEngine.load();          // once per application; thread-safe
        ServiceSnapshot snapshot = SampleOrganisation.HOSPITAL.snapshot();
        Assessment assessment = engine.assess(snapshot);            // default policy
        for (Finding finding : assessment.findings().findings()) {
            String title = engine.rules().text(finding.ruleId(), Language.EN.locale()).title();
            String observed = finding.evidence("observed").map(e -> Texts.format(e, Language.EN)).orElse("");
            System.out.printf("%-8s %-7s %-40s %s (%s)%n", finding.severity(), finding.ruleId(), title, finding.subject().name(), observed);
        }
    }
}

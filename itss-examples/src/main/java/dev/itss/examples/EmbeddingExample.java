package dev.itss.examples;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.check.Finding;
import dev.itss.model.ServiceSnapshot;
import dev.itss.policy.Policy;
import dev.itss.records.OperationalRecords;
import dev.itss.report.Language;
import dev.itss.report.Texts;

/**
 * How an ITSM product embeds the library: build the engine once, assess a snapshot with the
 * period's operational records, and use the findings (here: print one line each). Run it with
 * {@code java -cp ... dev.itss.examples.EmbeddingExample}.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {}

    public static void main(String[] args) {
        AssessmentEngine engine = AssessmentEngine.load();          // once per application; thread-safe
        ServiceSnapshot snapshot = SampleOrganisation.HOSPITAL.snapshot();
        Policy policy = engine.defaultPolicy();
        // the sample's exports (tickets, calls, spare-part movements, timesheets, knowledge links); a product
        // reads its own with OperationalRecords.none().read(path, RecordMapping.preset("servicenow"), period, sla)...
        OperationalRecords records = SampleOrganisation.HOSPITAL.records(snapshot, policy);
        Assessment assessment = engine.assess(snapshot, policy, records);
        for (Finding finding : assessment.findings().findings()) {
            String title = engine.rules().text(finding.ruleId(), Language.EN.locale()).title();
            String observed = finding.evidence("observed").map(e -> Texts.format(e, Language.EN)).orElse("");
            System.out.printf("%-8s %-7s %-40s %s (%s)%n", finding.severity(), finding.ruleId(), title, finding.subject().name(), observed);
        }
    }
}

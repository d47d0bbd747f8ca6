package dev.itss.cli;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.check.Finding;
import dev.itss.model.Severity;
import dev.itss.report.JsonReport;
import dev.itss.report.Language;
import dev.itss.report.AssessmentReport;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by the commands that print an assessment. */
final class ReportOptions {
    @picocli.CommandLine.Mixin
    OutputOptions output;

    @picocli.CommandLine.Mixin
    OutputFile file;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with 1 when a finding reaches this severity (INFO, LOW, MEDIUM, HIGH, CRITICAL); waived findings do not count.")
    Severity failOn;

    /** Prints the assessment and returns the exit code. */
    int print(AssessmentEngine engine, Assessment assessment, picocli.CommandLine.Model.CommandSpec spec) {
        return print(engine, assessment, new AssessmentReport(engine.rules(), output.language()), spec);
    }

    /** Prints the assessment with a report already given its context (the loop's history) and returns the exit code. */
    int print(AssessmentEngine engine, Assessment assessment, AssessmentReport report, picocli.CommandLine.Model.CommandSpec spec) {
        Language language = output.language();
        file.print(spec, output.json()
                ? new JsonReport(engine.rules(), language).render(assessment)
                : report.render(assessment, output.page()));
        Optional<Finding> failing = failOn == null ? Optional.empty()
                : assessment.openFindings().stream().filter(f -> f.severity().atLeast(failOn)).findFirst();   // a waived finding does not fail
        return failing.isPresent() ? ItssCommand.FINDINGS_AT_FAIL_LEVEL : ItssCommand.OK;
    }
}

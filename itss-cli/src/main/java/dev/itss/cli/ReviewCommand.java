package dev.itss.cli;

import dev.itss.engine.AssessmentEngine;
import dev.itss.history.History;
import dev.itss.report.JsonOutput;
import dev.itss.report.ReviewReport;
import dev.itss.review.Review;
import dev.itss.review.ReviewForm;
import dev.itss.review.ReviewInputs;
import dev.itss.review.ReviewLevel;
import dev.itss.review.Reviews;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code itss review}: a service review of a history at one of the four levels. */
@dev.itss.model.Covers({"R-1", "R-2", "R-3", "R-4", "R-C", "R-T"})
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "A service review of a history (ITSS R-): ad hoc on an event, monthly, quarterly or annual, with the customer content (R-C) "
                + "and the team's internal content (R-T); each section filled from the data it names or marked not available with the reason.",
        footer = {"", "Example:", "  itss review --level monthly --history itss-examples/src/main/resources/dev/itss/examples/hospital --month 2026-08 --lang zh-CN"})
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--level", required = true, paramLabel = "LEVEL", description = "ad-hoc, monthly, quarterly or annual.")
    String level;

    @Option(names = "--history", required = true, paramLabel = "DIR",
            description = "An organisation folder (snapshot.yaml, history/<period>/...) or a folder of period folders.")
    Path history;

    @Option(names = "--event", paramLabel = "ID", description = "Ad hoc: the event to review (events[].id of a snapshot); default: every major incident of the latest period.")
    String event;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "Monthly: the month; default: the last month the latest period's ticket export covers.")
    String month;

    @Option(names = "--period", paramLabel = "NAME", description = "Quarterly: the period reviewed, by its name (e.g. 2026-Q2); default: the latest.")
    String period;

    @Option(names = "--year", paramLabel = "YYYY", description = "Annual: the year; default: the year the latest period starts in.")
    Integer year;

    @Option(names = "--form", paramLabel = "FORM",
            description = "The review's form: customer-meeting, internal-meeting, video-conference, service-report or third-party-opinion; "
                    + "default: service-report for the annual review, customer-meeting for the others.")
    String form;

    @Mixin
    OutputOptions format;

    @Mixin
    OutputFile output;

    @Mixin
    PackOptions rules;

    @Override
    public Integer call() {
        ReviewLevel chosen = ReviewLevel.ofKey(level);
        checkOptions(chosen);
        Optional<ReviewForm> declared = Optional.ofNullable(form).map(ReviewForm::ofKey);
        AssessmentEngine engine = rules.engine();
        ReviewInputs inputs = ReviewInputs.read(engine, History.read(history), format.language().locale());
        List<Review> reviews = switch (chosen) {
            case AD_HOC -> Reviews.adHoc(inputs, Optional.ofNullable(event), declared);
            case MONTHLY -> List.of(Reviews.monthly(inputs, Optional.ofNullable(month).map(ReviewCommand::yearMonth), declared));
            case QUARTERLY -> List.of(Reviews.quarterly(inputs, Optional.ofNullable(period), declared));
            case ANNUAL -> List.of(Reviews.annual(inputs, Optional.ofNullable(year), declared));
        };
        if (format.json()) {
            return output.print(spec, JsonOutput.of("reviews", Review.SCHEMA_VERSION, dev.itss.internal.Maps.ordered("reviews", reviews)));
        }
        if (reviews.isEmpty()) {
            spec.commandLine().getErr().println("itss: no major incident in " + inputs.latest().name()
                    + " (events of kind MAJOR_INCIDENT in its snapshot); name another event with --event ID");
            return ItssCommand.OK;
        }
        return output.print(spec, new ReviewReport(engine.metrics(), engine.rules(), format.language()).render(reviews, format.page()));
    }

    /** Each option belongs to one level: given to another, it would be ignored silently. */
    private void checkOptions(ReviewLevel chosen) {
        Map<String, Object> options = new java.util.LinkedHashMap<>();
        options.put("--event", chosen == ReviewLevel.AD_HOC ? null : event);
        options.put("--month", chosen == ReviewLevel.MONTHLY ? null : month);
        options.put("--period", chosen == ReviewLevel.QUARTERLY ? null : period);
        options.put("--year", chosen == ReviewLevel.ANNUAL ? null : year);
        options.forEach((name, value) -> {
            if (value != null) {
                throw new IllegalArgumentException(name + " does not apply to the " + chosen.key() + " review; "
                        + "--event is for ad-hoc, --month for monthly, --period for quarterly, --year for annual");
            }
        });
    }

    private static YearMonth yearMonth(String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--month '" + text + "' is not a month; expected YYYY-MM, e.g. 2026-08");
        }
    }
}

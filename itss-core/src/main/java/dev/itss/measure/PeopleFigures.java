package dev.itss.measure;

import static dev.itss.measure.MetricCatalog.*;

import dev.itss.model.Departure;
import dev.itss.model.Engineer;
import dev.itss.model.Post;
import dev.itss.model.Subject;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The measure stage for people (人员): posts, engineers, departures, appraisal and training.
 */
final class PeopleFigures extends ElementFigures {

    PeopleFigures(Sheet sheet) {
        super(sheet);
    }

    @Override
    void measure() {
        people();
    }

    // ------------------------------------------------------------------ people

    private void people() {
        List<Post> posts = s.people().posts();
        List<Engineer> engineers = s.people().engineers();
        if (posts.isEmpty()) {
            for (String metric : List.of(POST_STAFFING_RATE, POST_BACKUP_RATE, POST_QUALIFICATION_RATE, RESPONSIBILITIES_AGE_DAYS)) {
                notAvailable(metric, organisation, "no posts reported (people.posts)");
            }
        } else {
            Map<String, List<Engineer>> byPost = engineers.stream().collect(Collectors.groupingBy(Engineer::post));
            for (Post post : posts) {
                Subject subject = subject("post", post.id(), post.name());
                List<Engineer> onPost = byPost.getOrDefault(post.id(), List.of());
                add(Measurement.of(POST_STAFFING_RATE, subject, (double) onPost.size() / post.requiredHeadcount(),
                        Evidence.count("staffed", onPost.size()), Evidence.count("required", post.requiredHeadcount())));
                if (post.requiredSkills().isEmpty()) {
                    notAvailable(POST_QUALIFICATION_RATE, subject, "the post names no required skills (people.posts[].requiredSkills)");
                } else {
                    List<String> unqualified = onPost.stream().filter(e -> !Ratios.holdsAll(e.skills(), post.requiredSkills())).map(Engineer::name).toList();
                    ratio(POST_QUALIFICATION_RATE, subject, onPost.size() - unqualified.size(), onPost.size(),
                            "no engineers on the post, so qualification has no denominator",
                            Evidence.count("qualified", onPost.size() - unqualified.size()), Evidence.count("engineers", onPost.size()),
                            Evidence.list("unqualified", unqualified), Evidence.list("requiredSkills", post.requiredSkills()));
                }
                post.responsibilitiesReviewedOn().ifPresentOrElse(
                        d -> add(Measurement.of(RESPONSIBILITIES_AGE_DAYS, subject, daysToEnd(d), Evidence.date("reviewedOn", d))),
                        () -> notAvailable(RESPONSIBILITIES_AGE_DAYS, subject, "no review date of the post's responsibilities (people.posts[].responsibilitiesReviewedOn)"));
            }
            List<Post> uncovered = Formulas.postsWithoutBackup(posts, engineers);
            long covered = posts.size() - uncovered.size();
            add(Measurement.of(POST_BACKUP_RATE, organisation, (double) covered / posts.size(),
                    Evidence.count("covered", covered), Evidence.count("posts", posts.size())));
        }

        if (engineers.isEmpty()) {
            boolean timesheetsOnly = records.timesheets().map(w -> !w.engineers().isEmpty()).orElse(false);
            List<String> metrics = timesheetsOnly ? List.of(ENGINEER_AVAILABILITY, ENGINEER_KPI_SCORE)
                    : List.of(ENGINEER_OVERTIME, ENGINEER_AVAILABILITY, ENGINEER_KPI_SCORE);
            for (String metric : metrics) {
                notAvailable(metric, organisation, "no engineers reported (people.engineers)");
            }
        }
        for (Workload w : sheet.workloads) {
            double available = w.availableHours();
            if (available <= 0) {
                notAvailable(ENGINEER_OVERTIME, w.engineer(), w.fromTimesheets()
                        ? "the timesheets record no rostered hours and the snapshot no contracted hours beyond absence, so overtime has no denominator"
                        : "contractedHours minus absenceHours is 0, so overtime has no denominator");
                continue;
            }
            List<Evidence> evidence = new java.util.ArrayList<>(List.of(Evidence.hours("workedHours", w.workedHours()),
                    Evidence.hours("contractedHours", w.contractedHours()), Evidence.hours("availableHours", available)));
            if (w.fromTimesheets()) {
                evidence.add(TIMESHEETS);
            }
            add(Measurement.of(ENGINEER_OVERTIME, w.engineer(), w.overtime(), evidence.toArray(Evidence[]::new)));
        }
        for (Engineer engineer : engineers) {
            Subject subject = subject("engineer", engineer.id(), engineer.name());
            engineer.absenceHours().ifPresentOrElse(absence -> ratio(ENGINEER_AVAILABILITY, subject, engineer.contractedHours() - absence,
                            engineer.contractedHours(), "contractedHours is 0, so availability has no denominator",
                            Evidence.hours("absenceHours", absence), Evidence.hours("contractedHours", engineer.contractedHours())),
                    () -> notAvailable(ENGINEER_AVAILABILITY, subject, "no absence hours reported (people.engineers[].absenceHours)"));
            engineer.kpiScore().ifPresentOrElse(score -> add(Measurement.of(ENGINEER_KPI_SCORE, subject, score)),
                    () -> notAvailable(ENGINEER_KPI_SCORE, subject, "no KPI score reported (people.engineers[].kpiScore)"));
        }

        Optional<List<Departure>> departures = s.people().departures();
        if (departures.isEmpty()) {
            notAvailable(TURNOVER_RATE, organisation, "no departures reported (people.departures; an empty list means nobody left)");
        } else {
            int left = departures.get().size();
            long days = ChronoUnit.DAYS.between(s.period().start(), s.period().end()) + 1;
            ratio(TURNOVER_RATE, organisation, left * 365.0 / days, engineers.size() + left,
                    "no engineers and no departures, so turnover has no denominator",
                    Evidence.count("departures", left), Evidence.count("engineers", engineers.size()), Evidence.count("periodDays", days));
        }
        if (engineers.isEmpty()) {
            notAvailable(NEWCOMERS, organisation, "no engineers reported (people.engineers)");
        } else {
            List<Engineer> reporting = engineers.stream().filter(e -> e.hiredOn().isPresent()).toList();
            List<String> newcomers = reporting.stream().filter(e -> Formulas.isNewcomer(e.hiredOn(), s.period().end(), MetricCatalog.standard().windowDays(NEWCOMERS, policy))).map(Engineer::name).toList();
            if (reporting.isEmpty()) {
                notAvailable(NEWCOMERS, organisation, "no hiring dates reported (people.engineers[].hiredOn)");
            } else {
                add(Measurement.of(NEWCOMERS, organisation, newcomers.size(),
                        Evidence.count("withHiringDate", reporting.size())));
            }
        }
        s.people().appraisal().ifPresentOrElse(a -> ratio(SMART_OBJECTIVE_RATE, organisation, a.smartObjectives(), a.objectives(),
                        "no appraisal objectives set, so the SMART share has no denominator",
                        Evidence.count("smartObjectives", a.smartObjectives()), Evidence.count("objectives", a.objectives())),
                () -> notAvailable(SMART_OBJECTIVE_RATE, organisation, "no appraisal reported (people.appraisal)"));
        s.people().training().ifPresentOrElse(t -> ratio(TRAINING_PASS_RATE, organisation, t.passed(), t.trainees(),
                        "nobody took a training test, so the pass rate has no denominator",
                        Evidence.count("passed", t.passed()), Evidence.count("trainees", t.trainees())),
                () -> notAvailable(TRAINING_PASS_RATE, organisation, "no training results reported (people.training)"));
    }

}

package dev.itss.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.engine.AssessmentEngine;
import dev.itss.history.AssessmentDiff;
import dev.itss.history.History;
import dev.itss.improve.TargetStatus;
import dev.itss.model.ServiceOffering;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SnapshotReader;
import dev.itss.report.Language;
import dev.itss.report.ReviewReport;
import dev.itss.review.Audience;
import dev.itss.review.Review;
import dev.itss.review.ReviewForm;
import dev.itss.review.ReviewInputs;
import dev.itss.review.ReviewLevel;
import dev.itss.review.ReviewSection;
import dev.itss.review.Reviews;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four review levels on the hospital's history, each section filled from the data or not
 * available with the reason; the figures checked against independent counts of the sample's
 * files, and each kind of missing data on a copy of the history with that data taken out.
 */
class ServiceReviewsTest {
    private static final AssessmentEngine ENGINE = AssessmentEngine.load();
    private static final Path HOSPITAL = SampleOrganisation.HOSPITAL.path();
    private static final ReviewInputs INPUTS = ReviewInputs.read(ENGINE, History.read(HOSPITAL), Locale.ENGLISH);

    /** The hospital's ticket export, row by row, read without the library: the oracle of the ticket figures. */
    private static final List<String[]> TICKETS = csv(HOSPITAL.resolve("records/tickets.csv"));
    private static final List<String[]> CALLS = csv(HOSPITAL.resolve("records/calls.csv"));

    private static List<String[]> csv(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.skip(1).map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ReviewSection section(Review review, String key) {
        return review.section(key).orElseThrow(() -> new AssertionError("no section " + key + " in " + review.sections().stream().map(ReviewSection::key).toList()));
    }

    private static String unavailable(Review review, String key) {
        ReviewSection section = section(review, key);
        assertThat(section.available()).as(key + " available").isFalse();
        return section.unavailable().orElseThrow().key();
    }

    @Test
    void adHocByDefaultReviewsEachMajorIncidentOfTheLatestQuarter() {
        List<Review> reviews = Reviews.adHoc(INPUTS, Optional.empty(), Optional.empty());
        assertThat(reviews).extracting(Review::name).containsExactly("EV-2026-031", "EV-2026-034");
        Review first = reviews.get(0);
        assertThat(first.level()).isEqualTo(ReviewLevel.AD_HOC);
        assertThat(first.form()).isEqualTo(ReviewForm.CUSTOMER_MEETING);
        assertThat(first.customer()).extracting(ReviewSection::key).containsExactly("event", "impact", "actions", "problem-record");
        assertThat(first.team()).extracting(ReviewSection::key).containsExactly("event-ticket", "unresolved-tickets");
        assertThat(section(first, "impact").figure("usersAffected").orElseThrow().value()).contains(850L);
        assertThat(section(first, "problem-record").figure("problem").orElseThrow().value()).contains("PRB-2026-007");
        assertThat(section(first, "problem-record").notes()).isEmpty();
        // the event's ticket as the export has it: HIS00042 missed its SLA
        ReviewSection.Table ticket = section(first, "event-ticket").table("ticket").orElseThrow();
        assertThat(ticket.column("ticket")).containsExactly("HIS00042");
        assertThat(ticket.column("sla")).containsExactly("MISSED");
        // still open at the end of the event's day, counted from the rows: opened by then, resolved after it or never
        String end = "2026-08-27 23:59";
        long open = TICKETS.stream().filter(r -> r[1].compareTo(end) <= 0 && (r[3].isEmpty() || r[3].compareTo(end) > 0)).count();
        assertThat(section(first, "unresolved-tickets").figure("open").orElseThrow().value()).contains(open);
        assertThat(section(first, "unresolved-tickets").notes()).extracting(ReviewSection.Note::key).containsExactly("noServiceColumnAllTickets");

        // the second major incident had no problem record opened: the review says so rather than leaving it blank
        assertThat(section(reviews.get(1), "problem-record").notes()).extracting(ReviewSection.Note::key).containsExactly("noProblemRecord");
    }

    @Test
    void anEventNamedIsReviewedWhateverItsKindAndAnUnknownOneIsRefused() {
        Review complaint = Reviews.adHoc(INPUTS, Optional.of("EV-2026-029"), Optional.of(ReviewForm.INTERNAL_MEETING)).get(0);
        assertThat(complaint.form()).isEqualTo(ReviewForm.INTERNAL_MEETING);
        assertThat(section(complaint, "event").figure("raisedBy").orElseThrow().value()).contains("急诊科护士长 (head nurse of the emergency department)");
        assertThat(section(complaint, "problem-record").notes()).extracting(ReviewSection.Note::key).containsExactly("problemRecordNotExpected");
        // the service change names no ticket and no impact: each section says why it is empty
        Review change = Reviews.adHoc(INPUTS, Optional.of("EV-2026-025"), Optional.empty()).get(0);
        assertThat(unavailable(change, "event-ticket")).isEqualTo("noTicketNamed");
        assertThat(section(change, "impact").notes()).extracting(ReviewSection.Note::key).containsExactly("noImpact");

        assertThatThrownBy(() -> Reviews.adHoc(INPUTS, Optional.of("EV-9"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no event 'EV-9'").hasMessageContaining("EV-2026-031");
    }

    @Test
    void theMonthlyReviewTakesTheMonthFromTheRecords() {
        Review defaultMonth = Reviews.monthly(INPUTS, Optional.empty(), Optional.empty());
        String lastMonth = TICKETS.stream().map(r -> r[1].substring(0, 7)).max(String::compareTo).orElseThrow();
        assertThat(defaultMonth.name()).isEqualTo(lastMonth);

        Review august = Reviews.monthly(INPUTS, Optional.of(YearMonth.of(2026, 8)), Optional.empty());
        assertThat(august.span().start()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(august.periods()).contains("2026-Q2", "2026-Q3");   // the plan in force was made from 2026-Q2
        List<String[]> inAugust = TICKETS.stream().filter(r -> r[1].startsWith("2026-08")).toList();
        // the made-SLA flag where the export has it; the one ticket without is judged by the policy's SLA targets, as a read of the month does
        long flagged = inAugust.stream().filter(r -> !r[6].isEmpty()).count();
        assertThat(flagged).isEqualTo(inAugust.size() - 1);
        double month = dev.itss.records.TicketRecords.read(HOSPITAL.resolve("records/tickets.csv"), dev.itss.records.RecordMapping.preset("canonical"),
                new dev.itss.records.TicketRecords.Options(dev.itss.records.ErrorPolicy.STOP, Optional.of(dev.itss.model.Period.ofMonth(YearMonth.of(2026, 8))),
                        dev.itss.records.GroupBy.NONE, ENGINE.defaultPolicy().ticketSla())).slaAttainment().orElseThrow();
        long made = inAugust.stream().filter(r -> r[6].equals("true")).count();
        assertThat(month).isIn((double) made / inAugust.size(), (double) (made + 1) / inAugust.size());
        ReviewSection.Table services = section(august, "contract").table("services").orElseThrow();
        int all = services.rows().size() - 1;
        assertThat(services.column("service").get(all)).isEqualTo(ReviewSection.Table.TOTAL);
        assertThat(services.column("tickets").get(all)).isEqualTo((long) inAugust.size());
        assertThat(services.column("attainment").get(all)).isEqualTo(month);
        // the export names no service: per service, the month's figures are not available, never 0 %
        assertThat(services.column("attainment").subList(0, all)).containsOnlyNulls();
        assertThat(section(august, "contract").notes()).extracting(ReviewSection.Note::key).containsExactly("noServiceColumn");

        ReviewSection.Table volume = section(august, "performance").table("volume").orElseThrow();
        Map<Object, ReviewSection.Quantity> thisMonth = new java.util.HashMap<>();
        Map<Object, ReviewSection.Quantity> before = new java.util.HashMap<>();
        for (List<Object> row : volume.rows()) {
            thisMonth.put(row.get(0), (ReviewSection.Quantity) row.get(1));
            before.put(row.get(0), (ReviewSection.Quantity) row.get(2));
        }
        assertThat(thisMonth.get("tickets").value()).isEqualTo(inAugust.size());
        assertThat(before.get("tickets").value()).isEqualTo(TICKETS.stream().filter(r -> r[1].startsWith("2026-07")).count());
        assertThat(thisMonth.get("callsOffered").value()).isEqualTo(CALLS.stream().filter(r -> r[1].startsWith("2026-08")).count());

        // the month's significant tickets: priority 1 or SLA missed, counted from the rows
        boolean unflaggedMissed = month == (double) made / inAugust.size();
        long significant = inAugust.stream().filter(r -> r[5].equals("1") || r[6].equals("false") || (r[6].isEmpty() && unflaggedMissed)).count();
        assertThat(section(august, "problems").table("significant").orElseThrow().total()).isEqualTo((int) significant);
        assertThat(unavailable(august, "satisfaction")).isEqualTo("satisfactionPerPeriod");
        assertThat(section(august, "engineer-kpis").table("engineers").orElseThrow().column("tickets")).doesNotContainNull();
    }

    @Test
    void anExportThatNamesServicesGivesTheMonthsSlaPerService(@TempDir Path folder) throws IOException {
        copy(HOSPITAL, folder);
        // the same export with a service column: the HIS group's tickets are HIS's, the desktop group's the desktops', the rest PACS's
        Path tickets = folder.resolve("records/tickets.csv");
        List<String> lines = Files.readAllLines(tickets);
        List<String> withService = new ArrayList<>(List.of(lines.get(0) + ",service"));
        Map<String, long[]> expected = new java.util.TreeMap<>();   // service -> made, flagged, not flagged in August
        for (String line : lines.subList(1, lines.size())) {
            String[] r = line.split(",", -1);
            String service = r[10].startsWith("HIS") ? "his" : r[10].startsWith("桌面") ? "desktop" : "pacs";
            withService.add(line + "," + service);
            if (r[1].startsWith("2026-08")) {
                long[] counts = expected.computeIfAbsent(service, k -> new long[3]);
                counts[0] += r[6].equals("true") ? 1 : 0;
                counts[r[6].isEmpty() ? 2 : 1]++;
            }
        }
        Files.write(tickets, withService);
        ReviewInputs inputs = ReviewInputs.read(ENGINE, History.read(folder), Locale.ENGLISH);
        Review august = Reviews.monthly(inputs, Optional.of(YearMonth.of(2026, 8)), Optional.empty());
        ReviewSection contract = section(august, "contract");
        assertThat(contract.notes()).isEmpty();
        assertThat(contract.sources()).contains("records/tickets.csv: service, made_sla");
        ReviewSection.Table services = contract.table("services").orElseThrow();
        List<String> ids = List.of("his", "pacs", "desktop", "emr");   // the snapshot's order
        for (int i = 0; i < ids.size(); i++) {
            Object attainment = services.column("attainment").get(i);
            long[] counts = expected.get(ids.get(i));
            if (counts == null) {
                assertThat(services.column("tickets").get(i)).as(ids.get(i)).isEqualTo(0L);   // measured: no ticket of EMR in the export
                assertThat(attainment).as(ids.get(i)).isNull();   // and no attainment without tickets
                continue;
            }
            assertThat(services.column("tickets").get(i)).as(ids.get(i)).isEqualTo(counts[1] + counts[2]);
            if (counts[2] == 0) {
                assertThat(attainment).as(ids.get(i)).isEqualTo((double) counts[0] / counts[1]);
            } else {   // a ticket without the flag is judged by the policy's SLA clock: made or missed
                assertThat((Double) attainment).as(ids.get(i)).isIn((double) counts[0] / (counts[1] + counts[2]),
                        (double) (counts[0] + counts[2]) / (counts[1] + counts[2]));
            }
            assertThat(services.column("met").get(i)).isEqualTo((Double) attainment >= inputs.latest().snapshot().services().get(i).sla().orElseThrow()
                    .attainmentTarget() ? "MET" : "NOT_MET");
        }
        assertThat(expected.values()).as("a service with every August ticket flagged is checked exactly").anySatisfy(c -> assertThat(c[2]).isZero());
    }

    @Test
    void aMonthWithoutRecordsSaysWhatIsMissingAndAMonthOutsideTheHistoryIsRefused() {
        Review may = Reviews.monthly(INPUTS, Optional.of(YearMonth.of(2026, 5)), Optional.empty());
        assertThat(may.periods()).contains("2026-Q2");
        for (String key : List.of("contract", "difficult-tickets", "unresolved-tickets", "group-briefs")) {
            assertThat(unavailable(may, key)).as(key).isEqualTo("noTicketExport");
        }
        assertThat(unavailable(may, "performance")).isEqualTo("noRecords");
        // the engineers are in the snapshot; their tickets are not available, not zero
        ReviewSection engineers = section(may, "engineer-kpis");
        assertThat(engineers.table("engineers").orElseThrow().column("tickets")).containsOnlyNulls();
        assertThat(engineers.table("engineers").orElseThrow().column("kpiScore")).doesNotContainNull();
        assertThat(section(may, "previous-plan").sources()).containsExactly("history/2026-Q1/plan.yaml");

        assertThatThrownBy(() -> Reviews.monthly(INPUTS, Optional.of(YearMonth.of(2025, 12)), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("month 2025-12 is in no period").hasMessageContaining("2026-Q1");
    }

    @Test
    void theQuarterlyReviewAnalysesTheQuarterAgainstTheOneBefore() throws IOException {
        Review q3 = Reviews.quarterly(INPUTS, Optional.empty(), Optional.empty());
        assertThat(q3.name()).isEqualTo("2026-Q3");
        assertThat(q3.customer()).extracting(ReviewSection::key).containsExactly("contract", "targets", "performance", "satisfaction", "demand",
                "problems", "previous-plan", "next-plan");
        assertThat(q3.team()).extracting(ReviewSection::key).containsExactly("last-plan", "difficult-tickets", "unresolved-tickets", "group-briefs",
                "engineer-kpis", "next-plan-team");
        assertThat(q3.sections()).allSatisfy(s -> assertThat(s.available()).as(s.key()).isTrue());

        // contract execution from the snapshot's declared counts
        ServiceSnapshot snapshot = SnapshotReader.standard().read(HOSPITAL.resolve("snapshot.yaml"));
        ReviewSection.Table services = section(q3, "contract").table("services").orElseThrow();
        for (int i = 0; i < snapshot.services().size(); i++) {
            ServiceOffering service = snapshot.services().get(i);
            Object cell = services.rows().get(i).get(2);
            if (service.tickets().isPresent()) {
                assertThat((Double) cell).as(service.id()).isEqualTo((double) service.tickets().get().metSla() / service.tickets().get().inScope());
            } else {
                assertThat(cell).as(service.id()).isNull();
            }
        }
        // the targets verified this quarter add up to the control table
        ReviewSection.Table verified = section(q3, "targets").table("verified").orElseThrow();
        long rows = INPUTS.latest().step().verification().orElseThrow().controlTable().size();
        assertThat(verified.column("targets")).containsExactly(rows);
        long summed = 0;
        for (TargetStatus status : TargetStatus.values()) {
            summed += (Long) verified.column(status.name()).get(0);
        }
        assertThat(summed).isEqualTo(rows);
        assertThat(section(q3, "targets").table("goals").orElseThrow().column("goal")).containsExactly("G-1", "G-2", "G-3");

        // the movement of the findings is the diff of the two quarters' assessments
        AssessmentDiff diff = AssessmentDiff.of(INPUTS.periods().get(1).step().assessment(), INPUTS.latest().step().assessment());
        ReviewSection problems = section(q3, "problems");
        assertThat(problems.figure("added").orElseThrow().value()).contains((long) diff.added().size());
        assertThat(problems.figure("resolved").orElseThrow().value()).contains((long) diff.resolved().size());
        assertThat(problems.figure("openFindings").orElseThrow().value()).contains((long) INPUTS.latest().step().assessment().openFindings().size());
        assertThat(section(q3, "satisfaction").table("survey").orElseThrow().column("period")).containsExactly("2026-Q2", "2026-Q3");
        // the operations analysis: the organisation's indicators over the quarters, not one entity's
        ReviewSection.Table indicators = section(q3, "performance").table("indicators").orElseThrow();
        assertThat(indicators.column("metric")).contains("service_desk.answer_rate", "process.user_satisfaction")
                .doesNotContain("technology.days_undrilled", "process.sla_shortfall");
        int answer = indicators.column("metric").indexOf("service_desk.answer_rate");
        for (int i = 0; i < 3; i++) {
            double measured = INPUTS.periods().get(i).step().assessment().measurements().of("service_desk.answer_rate").get(0).value();
            assertThat(((ReviewSection.Quantity) indicators.column("period:2026-Q" + (i + 1)).get(answer)).value()).isEqualTo(measured);
        }
        assertThat(indicators.column("movement").get(answer)).isEqualTo("BETTER");
        assertThat(section(q3, "demand").table("changes").orElseThrow().column("change")).containsExactly("SERVICE_CHANGE", "COMPLAINT");

        // the first quarter has no plan before it and nothing to compare with
        Review q1 = Reviews.quarterly(INPUTS, Optional.of("2026-Q1"), Optional.empty());
        assertThat(unavailable(q1, "previous-plan")).isEqualTo("noPlanInForce");
        assertThat(unavailable(q1, "last-plan")).isEqualTo("noPlanInForce");
        assertThat(section(q1, "problems").notes()).extracting(ReviewSection.Note::key).containsExactly("noEarlierPeriod");
        assertThat(section(q1, "targets").table("verified")).isEmpty();
        assertThatThrownBy(() -> Reviews.quarterly(INPUTS, Optional.of("2026-Q4"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2026-Q1, 2026-Q2, 2026-Q3]");
    }

    @Test
    void theAnnualReviewAddsUpTheYearAsFarAsTheHistoryGoes() throws IOException {
        Review year = Reviews.annual(INPUTS, Optional.empty(), Optional.empty());
        assertThat(year.name()).isEqualTo("2026");
        assertThat(year.form()).isEqualTo(ReviewForm.SERVICE_REPORT);
        assertThat(year.periods()).containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(section(year, "contract").notes().get(0).key()).isEqualTo("partYear");
        // the year together: met over in scope summed over the quarters each service was measured in
        List<ServiceSnapshot> quarters = List.of(
                SnapshotReader.standard().read(HOSPITAL.resolve("history/2026-Q1/snapshot.yaml")),
                SnapshotReader.standard().read(HOSPITAL.resolve("history/2026-Q2/snapshot.yaml")),
                SnapshotReader.standard().read(HOSPITAL.resolve("snapshot.yaml")));
        ReviewSection.Table services = section(year, "contract").table("services").orElseThrow();
        List<ServiceOffering> latest = quarters.get(2).services();
        for (int i = 0; i < latest.size(); i++) {
            String id = latest.get(i).id();
            long met = 0;
            long inScope = 0;
            for (ServiceSnapshot quarter : quarters) {
                for (ServiceOffering s : quarter.services()) {
                    if (s.id().equals(id) && s.tickets().isPresent() && s.tickets().get().inScope() > 0) {
                        met += s.tickets().get().metSla();
                        inScope += s.tickets().get().inScope();
                    }
                }
            }
            assertThat(services.column("together").get(i)).as(id).isEqualTo(inScope == 0 ? null : (double) met / inScope);
        }
        assertThat(section(year, "previous-plan").table("plans").orElseThrow().column("period")).containsExactly("2026-Q2", "2026-Q3");
        assertThat(section(year, "targets").table("verified").orElseThrow().rows()).hasSize(2);
        assertThatThrownBy(() -> Reviews.annual(INPUTS, Optional.of(2025), Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no period of the history starts in 2025");
    }

    @Test
    void aHistoryWithoutSatisfactionRecordsOrAssigneesSaysSoSectionBySection(@TempDir Path folder) throws IOException {
        copy(HOSPITAL, folder);
        Path snapshot = folder.resolve("snapshot.yaml");
        Files.writeString(snapshot, Files.readString(snapshot).replace("  satisfaction: {responses: 420, satisfied: 311}\n", "")
                .replace("  quality: {security: 3.4, reliability: 3.1, responsiveness: 2.8, tangibility: 4.1, friendliness: 4.3}\n", ""));
        // the export without its assignee column
        Path tickets = folder.resolve("records/tickets.csv");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(tickets)) {
            lines.add(line.substring(0, line.lastIndexOf(',')));
        }
        Files.write(tickets, lines);
        Files.delete(folder.resolve("records/timesheets.csv"));   // timesheets name engineers too; not needed here
        ReviewInputs inputs = ReviewInputs.read(ENGINE, History.read(folder), Locale.ENGLISH);
        Review q3 = Reviews.quarterly(inputs, Optional.empty(), Optional.empty());
        // the quarter before still has its survey: the section shows it, and the missing quarter as not available
        ReviewSection.Table survey = section(q3, "satisfaction").table("survey").orElseThrow();
        assertThat(survey.column("satisfied").get(1)).isNull();
        assertThat(survey.column("satisfied").get(0)).isNotNull();
        ReviewSection engineers = section(q3, "engineer-kpis");
        assertThat(engineers.notes()).extracting(ReviewSection.Note::key).containsExactly("noColumn");
        assertThat(engineers.table("engineers").orElseThrow().column("tickets")).containsOnlyNulls();

        // a history of one quarter without survey: not available, with the reason
        Path single = folder.resolve("single");
        Files.createDirectories(single);
        Files.copy(snapshot, single.resolve("snapshot.yaml"));
        Review alone = Reviews.quarterly(ReviewInputs.read(ENGINE, History.read(single), Locale.ENGLISH), Optional.empty(), Optional.empty());
        assertThat(unavailable(alone, "satisfaction")).isEqualTo("noSatisfaction");
        assertThat(unavailable(alone, "difficult-tickets")).isEqualTo("noTicketExport");
        assertThat(section(alone, "demand").notes()).extracting(ReviewSection.Note::key).contains("noEarlierPeriod");
        assertThat(section(alone, "next-plan").notes()).extracting(ReviewSection.Note::key).containsExactly("planGenerated");
        assertThat(Reviews.adHoc(ReviewInputs.read(ENGINE, History.read(single), Locale.ENGLISH), Optional.of("EV-2026-031"), Optional.empty()).get(0)
                .section("event-ticket").orElseThrow().unavailable().orElseThrow().key()).isEqualTo("noTicketExport");
    }

    @Test
    void everyReviewRendersInBothLanguagesWithEveryWordTranslated() {
        List<Review> reviews = new ArrayList<>(Reviews.adHoc(INPUTS, Optional.empty(), Optional.empty()));
        reviews.addAll(Reviews.adHoc(INPUTS, Optional.of("EV-2026-025"), Optional.empty()));
        reviews.add(Reviews.monthly(INPUTS, Optional.empty(), Optional.empty()));
        reviews.add(Reviews.monthly(INPUTS, Optional.of(YearMonth.of(2026, 5)), Optional.empty()));
        reviews.add(Reviews.quarterly(INPUTS, Optional.of("2026-Q1"), Optional.empty()));
        reviews.add(Reviews.quarterly(INPUTS, Optional.empty(), Optional.empty()));
        reviews.add(Reviews.annual(INPUTS, Optional.empty(), Optional.empty()));
        for (Language language : Language.values()) {
            String text = new ReviewReport(ENGINE.metrics(), ENGINE.rules(), language).render(reviews);
            // a key the vocabulary lacks would show as itself
            assertThat(text).as(language.tag()).doesNotContain("column.", "figure.", "table.", "section.", "level.", "form.", "types.");
            for (Review review : reviews) {
                for (ReviewSection section : review.sections()) {
                    for (ReviewSection.Table table : section.tables()) {
                        for (int c = 0; c < table.columns().size(); c++) {
                            if (table.columns().get(c).kind() != ReviewSection.Kind.WORD) {
                                continue;
                            }
                            for (Object cell : table.column(table.columns().get(c).key())) {
                                // a word of the vocabulary (MAJOR_INCIDENT, NOT_MET...) is shown translated, never as its code
                                if (cell instanceof String word && word.matches("[A-Z][A-Z_]+")) {
                                    assertThat(text).as("%s %s word %s", language.tag(), section.key(), word).doesNotContainPattern("(?m)\\s" + word + "(\\s|$)");
                                }
                            }
                        }
                    }
                }
            }
        }
        String chinese = new ReviewReport(ENGINE.metrics(), ENGINE.rules(), Language.ZH_CN).render(reviews.get(0));
        assertThat(chinese).contains("不定期回顾（R-1）", "客户回顾内容（R-C）", "运维团队内部回顾内容（R-T，仅限内部）", "问题记录：PRB-2026-007");
        assertThat(reviews).allSatisfy(r -> assertThat(r.sections()).extracting(ReviewSection::audience).contains(Audience.CUSTOMER, Audience.TEAM));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}

package dev.itss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import java.time.LocalDate;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules on the ticket export ({@code tickets.*} metrics): breach, warning, the warning bound,
 * and NOT_AVAILABLE without an export. Exports are canonical CSV; the test period is the first
 * quarter of 2026.
 */
class TicketRecordRulesTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();
    private static final String HEADER = "ticket,opened_at,resolved_at,state,made_sla,reopens,reassignments,knowledge\n";

    /** {@code count} tickets, ticket i written by {@code row} (without the ticket number). */
    static String tickets(int count, IntFunction<String> row) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            csv.append("T").append(i).append(',').append(row.apply(i)).append('\n');
        }
        return csv.toString();
    }

    /** Twenty resolved tickets, the first {@code marked} with the flag the rule counts. */
    static String twenty(int marked, String markedFlags, String otherFlags) {
        return tickets(20, i -> "2026-02-01 08:00,2026-02-01 10:00,RESOLVED," + (i < marked ? markedFlags : otherFlags));
    }

    @Test
    void flagsEachGroupThatMissesWhenTheExportIsGrouped() {
        StringBuilder csv = new StringBuilder("ticket,opened_at,made_sla,assignment_group\n");
        for (int i = 0; i < 10; i++) {
            csv.append("D").append(i).append(",2026-02-01 08:00,true,Desk\n");
            csv.append("N").append(i).append(",2026-02-01 08:00,").append(i < 8).append(",Network\n");
        }
        // overall 18 of 20 (90 %, a warning), Network 8 of 10 (a breach), Desk all made: silent
        VERIFIER.verify("PRC-023").withRecords(csv.toString()).groupingTicketsBy("assignment_group").given("{}")
                .flags(2).about("Network").withSeverity(Severity.HIGH).withEvidence("made", 8);
        VERIFIER.verify("PRC-023").withRecords(csv.toString()).given("{}").flags(1).about("test-org").withSeverity(Severity.MEDIUM);
    }

    abstract static class RecordRuleTest {
        private final String ruleId;
        private final Severity severity;
        private final String missing;

        RecordRuleTest(String ruleId, Severity severity) {
            this(ruleId, severity, "no ticket export given");
        }

        /** A rule whose figure the export measures in place of the declared one: without either, it names the declared counts. */
        RecordRuleTest(String ruleId, Severity severity, String missing) {
            this.ruleId = ruleId;
            this.severity = severity;
            this.missing = missing;
        }

        abstract String breach();

        /** The subject of the organisation's finding. */
        String subject() {
            return "test-org";
        }

        abstract String warning();

        abstract String atWarningBound();

        @Test
        void flagsABreachAtTheRuleSeverity() {
            var flagged = VERIFIER.verify(ruleId).withRecords(breach()).given("{}").flags(1).about(subject()).withSeverity(severity);
            if (!missing.equals("no ticket export given")) {
                flagged.withEvidence("source", "ticket export");   // in place of a declared figure: says where it came from
            }
        }

        @Test
        void flagsAWarningOneSeverityLower() {
            VERIFIER.verify(ruleId).withRecords(warning()).given("{}").flags(1).withSeverity(severity.lower());
        }

        @Test
        void staysSilentOnTheWarningBound() {
            VERIFIER.verify(ruleId).withRecords(atWarningBound()).given("{}").flagsNothing();
        }

        @Test
        void reportsNotAvailableWithoutAnExport() {
            VERIFIER.verify(ruleId).given("{}").reportsNotAvailableBecause(missing);
        }
    }

    @Nested
    class Prc023TicketsMissTheirSla extends RecordRuleTest {
        Prc023TicketsMissTheirSla() {
            super("PRC-023", Severity.HIGH);
        }

        String breach() { return twenty(17, "true,0,0,false", "false,0,0,false"); }

        String warning() { return twenty(18, "true,0,0,false", "false,0,0,false"); }

        String atWarningBound() { return twenty(19, "true,0,0,false", "false,0,0,false"); }

        @Test
        void countsOnlyTicketsOpenedInThePeriod() {
            String outside = tickets(5, i -> "2025-12-01 08:00,2025-12-01 10:00,RESOLVED,false,0,0,false");
            VERIFIER.verify("PRC-023").withRecords(atWarningBound() + outside.substring(HEADER.length()).replace("T", "X"))
                    .given("{}").flagsNothing();
        }
    }

    @Nested
    class Prc008FromTicketsReopened extends RecordRuleTest {
        Prc008FromTicketsReopened() {
            super("PRC-008", Severity.MEDIUM, "process.incidents");
        }

        @Test
        void theExportsFigureTakesThePlaceOfTheDeclaredOneAndIsReportedOnce() {
            // declared: 1 reopened of 100, well inside the band; the export: 3 of 20, a breach
            String declared = "process: {incidents: {resolved: 100, reopened: 1, reassigned: 0, resolvedFirstContact: 80, onSiteVisits: 0, "
                    + "onSiteResponseMinutes: 0, remoteHandled: 0, remoteEscalated: 0}}";
            var result = VERIFIER.verify("PRC-008").withRecords(breach()).given(declared);
            result.flags(1).withEvidence("reopened", 3).withEvidence("resolved", 20).withEvidence("source", "ticket export");
            assertThat(result.assessment().measurements().of(dev.itss.measure.MetricCatalog.INCIDENT_REOPEN_RATE)).singleElement()
                    .satisfies(m -> assertThat(m.value()).isEqualTo(0.15));
            // without the export the declared figure stands, and passes
            VERIFIER.verify("PRC-008").given(declared).flagsNothing();
        }

        String breach() { return twenty(3, "true,1,0,false", "true,0,0,false"); }

        String warning() { return twenty(2, "true,1,0,false", "true,0,0,false"); }

        String atWarningBound() { return twenty(1, "true,1,0,false", "true,0,0,false"); }
    }

    @Nested
    class Prc009FromTicketsBounced extends RecordRuleTest {
        Prc009FromTicketsBounced() {
            super("PRC-009", Severity.MEDIUM, "process.incidents");
        }

        String breach() { return twenty(6, "true,0,2,false", "true,0,0,false"); }

        String warning() { return twenty(4, "true,0,1,false", "true,0,0,false"); }

        String atWarningBound() { return twenty(3, "true,0,1,false", "true,0,0,false"); }
    }

    @Nested
    class Res003FromTicketsRarelyCiteKnowledge extends RecordRuleTest {
        Res003FromTicketsRarelyCiteKnowledge() {
            super("RES-003", Severity.MEDIUM, "resources.knowledge");
        }

        @Override
        String subject() {
            return "knowledge-base";
        }

        String breach() { return twenty(2, "true,0,0,true", "true,0,0,false"); }

        String warning() { return twenty(4, "true,0,0,true", "true,0,0,false"); }

        String atWarningBound() { return twenty(6, "true,0,0,true", "true,0,0,false"); }
    }

    @Nested
    class Prc026SlowTicketResolution extends RecordRuleTest {
        Prc026SlowTicketResolution() {
            super("PRC-026", Severity.MEDIUM);
        }

        /** Ten tickets resolved in {@code hours} each: the p90 is {@code hours}. */
        private String resolvedIn(int hours) {
            return tickets(10, i -> "2026-02-01 00:00," + LocalDate.of(2026, 2, 1).atStartOfDay().plusHours(hours).toString().replace('T', ' ')
                    + ",RESOLVED,true,0,0,false");
        }

        String breach() { return resolvedIn(130); }

        String warning() { return resolvedIn(100); }

        String atWarningBound() { return resolvedIn(72); }
    }

    @Nested
    class Prc027AgeingTicketBacklog extends RecordRuleTest {
        Prc027AgeingTicketBacklog() {
            super("PRC-027", Severity.MEDIUM);
        }

        /** Ten tickets still open, opened {@code days} before the period end 2026-03-31. */
        private String openFor(int days) {
            return tickets(10, i -> LocalDate.of(2026, 3, 31).minusDays(days) + " 00:00,,ACTIVE,,0,0,false");
        }

        String breach() { return openFor(40); }

        String warning() { return openFor(20); }

        String atWarningBound() { return openFor(14); }
    }

    /** Twenty tickets of one type, the first {@code marked} written with {@code markedFields} (type, first_contact, emergency, outcome). */
    static String typed(int marked, String markedFields, String otherFields) {
        StringBuilder csv = new StringBuilder("ticket,opened_at,resolved_at,state,type,first_contact,emergency,outcome\n");
        for (int i = 0; i < 20; i++) {
            csv.append("T").append(i).append(",2026-02-01 08:00,2026-02-01 10:00,RESOLVED,").append(i < marked ? markedFields : otherFields).append('\n');
        }
        return csv.toString();
    }

    @Nested
    class Prc010FromLowFirstContactResolution extends RecordRuleTest {
        Prc010FromLowFirstContactResolution() {
            super("PRC-010", Severity.MEDIUM, "process.incidents");
        }

        String breach() { return typed(8, "INCIDENT,true,,", "INCIDENT,false,,"); }

        String warning() { return typed(12, "INCIDENT,true,,", "INCIDENT,false,,"); }

        String atWarningBound() { return typed(14, "INCIDENT,true,,", "INCIDENT,false,,"); }
    }

    @Nested
    class Prc014FromChangesFailing extends RecordRuleTest {
        Prc014FromChangesFailing() {
            super("PRC-014", Severity.HIGH, "process.changes");
        }

        String breach() { return typed(3, "CHANGE,,false,FAILED", "CHANGE,,false,SUCCESSFUL"); }

        String warning() { return typed(2, "CHANGE,,false,FAILED", "CHANGE,,false,SUCCESSFUL"); }

        String atWarningBound() { return typed(1, "CHANGE,,false,FAILED", "CHANGE,,false,SUCCESSFUL"); }
    }

    @Nested
    class Prc015FromEmergencyChangesFrequent extends RecordRuleTest {
        Prc015FromEmergencyChangesFrequent() {
            super("PRC-015", Severity.MEDIUM, "process.changes");
        }

        String breach() { return typed(5, "CHANGE,,true,SUCCESSFUL", "CHANGE,,false,SUCCESSFUL"); }

        String warning() { return typed(3, "CHANGE,,true,SUCCESSFUL", "CHANGE,,false,SUCCESSFUL"); }

        String atWarningBound() { return typed(2, "CHANGE,,true,SUCCESSFUL", "CHANGE,,false,SUCCESSFUL"); }
    }

    @Nested
    class Prc016FromReleasesFailing extends RecordRuleTest {
        Prc016FromReleasesFailing() {
            super("PRC-016", Severity.MEDIUM, "process.changes");
        }

        String breach() { return typed(3, "RELEASE,,,FAILED", "RELEASE,,,SUCCESSFUL"); }

        String warning() { return typed(2, "RELEASE,,,FAILED", "RELEASE,,,SUCCESSFUL"); }

        String atWarningBound() { return typed(1, "RELEASE,,,FAILED", "RELEASE,,,SUCCESSFUL"); }
    }
}

package dev.itss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Rules fed by call records, spare-part movements, timesheets and the ticket export's history:
 * the measured figure takes the place of the snapshot's declared one (evidence {@code source}),
 * and RES-021 (call abandonment) exists only with call records. The test period is the first
 * quarter of 2026.
 */
class OperationalRecordRulesTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    /** Twenty call rows in March, call i written by {@code row} (answered, abandoned, handle seconds, resolved on the call). */
    private static String calls(IntFunction<String> row) {
        StringBuilder csv = new StringBuilder("call,offered_at,answered,abandoned,handle_seconds,resolved_on_call\n");
        for (int i = 0; i < 20; i++) {
            csv.append("C").append(i).append(",2026-03-02 09:").append(10 + i).append(":00,").append(row.apply(i)).append('\n');
        }
        // a call of April is outside the period and changes nothing
        return csv.append("C99,2026-04-01 09:00:00,false,true,,\n").toString();
    }

    private static String abandoned(int count) {
        return calls(i -> i < count ? "false,true,," : "true,false,300,true");
    }

    @Test
    void res021FlagsCallersGivingUpAtItsBandsWhenTheAnswerRateDoesNotCountThemAndIsNotAvailableWithoutCallRecords() {
        // with the default bands an abandonment beyond its band is a missed-call rate beyond RES-001's: a lax answer-rate band lets RES-021 speak
        String laxAnswerRate = "bands: {service_desk.answer_rate: {warning: 0.3, breach: 0.2, source: test}}";
        VERIFIER.verify("RES-021").withRecords("calls", abandoned(3)).withPolicy(laxAnswerRate).given("{}")
                .flags(1).about("service-desk").withSeverity(Severity.HIGH)
                .withEvidence("abandoned", 3).withEvidence("calls", 20).withEvidence("source", "call records");   // 15 % > 10 %
        VERIFIER.verify("RES-021").withRecords("calls", abandoned(2)).withPolicy(laxAnswerRate).given("{}").flags(1).withSeverity(Severity.MEDIUM);   // 10 %
        VERIFIER.verify("RES-021").withRecords("calls", abandoned(1)).withPolicy(laxAnswerRate).given("{}").flagsNothing();                           // 5 %: on the bound
        VERIFIER.verify("RES-021").given(Fixtures.desk("ticketsLogged: 100"))
                .reportsNotAvailableBecause("no call records given");
    }

    @Test
    void abandonedCallsAreMissedCallsCountedOnceByRes001() {
        // 3 of 20 abandoned, 17 answered: the answer rate (85 %) is beyond its band, so RES-001 counts the missed calls and RES-021 is silent
        VERIFIER.verify("RES-001").withRecords("calls", abandoned(3)).given("{}").flags(1).withEvidence("missed", 3);
        VERIFIER.verify("RES-021").withRecords("calls", abandoned(3)).given("{}").flagsNothing();
    }

    @Test
    void callRecordsTakeThePlaceOfTheDeclaredAnswerRateAndCallTime() {
        // the snapshot declares every call answered; the records say 17 of 20
        String records = calls(i -> i < 3 ? "false,false,," : "true,false," + (i < 10 ? "900,true" : "120,false"));
        VERIFIER.verify("RES-001").withRecords("calls", records).given(Fixtures.desk("ticketsLogged: 100"))
                .flags(1).withSeverity(Severity.HIGH).withEvidence("answered", 17).withEvidence("offered", 20).withEvidence("source", "call records");
        VERIFIER.verify("RES-001").given(Fixtures.desk("ticketsLogged: 100")).flagsNothing();
        // calls 3..9 were resolved on the call at 15 minutes each: above the 12-minute breach
        VERIFIER.verify("RES-011").withRecords("calls", records).given(Fixtures.desk("ticketsLogged: 100"))
                .flags(1).withSeverity(Severity.LOW).withEvidence("observed", 15.0).withEvidence("resolvedOnPhone", 7);
    }

    @Test
    void theTicketHistoryGivesDispatchAccuracy() {
        StringBuilder csv = new StringBuilder("ticket,opened_at,assignment_group\n");
        for (int i = 0; i < 10; i++) {
            csv.append("T").append(i).append(",2026-02-01 08:00,Desk\n");
        }
        csv.append("T0,2026-02-01 08:00,Network\nT1,2026-02-01 08:00,Network\n");   // two of ten went elsewhere: 80 %
        VERIFIER.verify("RES-002").withRecords(csv.toString()).given(Fixtures.desk("ticketsLogged: 100"))
                .flags(1).withSeverity(Severity.MEDIUM).withEvidence("redispatched", 2).withEvidence("dispatched", 10)
                .withEvidence("source", "ticket export");
    }

    private static final String MOVEMENTS_HEADER = "part,movement,at,quantity,from_stock,refurbished\n";

    @Test
    void spareMovementsGiveHitDamageAndReuseRates() {
        String movements = MOVEMENTS_HEADER
                + "p1,ISSUE,2026-03-02,8,true,false\n"
                + "p1,ISSUE,2026-03-03,2,false,false\n"      // hit 8 / 10 = 80 %: breach below 85 %
                + "p1,DAMAGED,2026-03-04,1,,\n";               // damaged 1 / 11 = 9 %: breach above 5 %
        VERIFIER.verify("RES-005").withRecords("spares", movements).given(Fixtures.part("quantity: 5, damaged: 0"))
                .flags(1).withSeverity(Severity.MEDIUM).withEvidence("hits", 8).withEvidence("requests", 10).withEvidence("source", "spare-part movements");
        VERIFIER.verify("RES-012").withRecords("spares", movements).given(Fixtures.part("quantity: 5, damaged: 0"))
                .flags(1).withEvidence("damaged", 1).withEvidence("units", 11);
        VERIFIER.verify("RES-013").withRecords("spares", movements).given(Fixtures.part("quantity: 5, damaged: 0"))
                .flags(1).withEvidence("reused", 0).withEvidence("issued", 10);
        // the same snapshot without records: no request, so no hit rate
        VERIFIER.verify("RES-005").given(Fixtures.part("quantity: 5, damaged: 0")).reportsNotAvailable();
        // movements alone measure the rates even when the snapshot lists no parts
        VERIFIER.verify("RES-005").withRecords("spares", movements).given("{}").flags(1).about("spare-parts-store");
    }

    @Test
    void aLaterIssueInTheMovementsBringsAPartsLastUseUpToDate() {
        String stale = "resources:\n  spareParts: [{id: SP-42, name: Disk, quantity: 2, unitValue: 10, stockedOn: 2023-01-10, lastUsed: 2024-12-31, requests: 0, hits: 0, damaged: 0}]\n";
        VERIFIER.verify("RES-004").given(stale).flags(1).about("SP-42");
        VERIFIER.verify("RES-004").withRecords("spares", MOVEMENTS_HEADER + "SP-42,ISSUE,2026-03-20,1,true,false\n").given(stale).flagsNothing();
        // an issue outside the period does not count
        VERIFIER.verify("RES-004").withRecords("spares", MOVEMENTS_HEADER + "SP-42,ISSUE,2026-04-20,1,true,false\n").given(stale).flags(1);
    }

    private static final String ENGINEER = """
            people:
              posts: [{id: ops, name: Operations, requiredHeadcount: 1}]
              engineers:
                - {id: li, name: Li Wei, post: ops, contractedHours: 480, workedHours: 380, workMode: ON_SITE}
            """;

    @Test
    void timesheetsGiveEachEngineersHours() {
        // declared 380 of 480 (79 %): healthy; the timesheets say 10 of 8 rostered hours a day
        StringBuilder sheet = new StringBuilder("engineer,date,worked_hours,rostered_hours\n");
        for (int day = 2; day <= 6; day++) {
            sheet.append("li,2026-03-0").append(day).append(",10,8\n");
        }
        VERIFIER.verify("PPL-003").given(ENGINEER).flagsNothing();
        VERIFIER.verify("PPL-003").withRecords("timesheets", sheet.toString()).given(ENGINEER)
                .flags(1).about("li").withSeverity(Severity.MEDIUM)
                .withEvidence("workedHours", 50).withEvidence("contractedHours", 40).withEvidence("source", "timesheets");
        // worked hours only: measured against the declared contracted hours (52 days of 10 hours: 520 of 480, overtime 8.3 %, a warning)
        StringBuilder workedOnly = new StringBuilder("engineer,date,worked_hours,rostered_hours\n");
        for (java.time.LocalDate day = java.time.LocalDate.of(2026, 2, 1); day.isBefore(java.time.LocalDate.of(2026, 3, 25)); day = day.plusDays(1)) {
            workedOnly.append("li,").append(day).append(",10,\n");
        }
        VERIFIER.verify("PPL-003").withRecords("timesheets", workedOnly.toString()).given(ENGINEER)
                .flags(1).withSeverity(Severity.LOW).withEvidence("workedHours", 520).withEvidence("contractedHours", 480);
    }

    @Test
    void anEngineerOnlyOnTheTimesheetsIsMeasuredWhenTheRowsHaveBothHours() {
        String sheet = "engineer,date,worked_hours,rostered_hours\nzhao,2026-03-02,12,8\nwang,2026-03-02,12,\n";
        var result = VERIFIER.verify("PPL-003").withRecords("timesheets", sheet).given(ENGINEER);
        result.flags(1).about("zhao");
        assertThat(result.assessment().measurements().of("people.engineer_overtime", "wang"))
                .hasValueSatisfying(m -> assertThat(m.unavailableReason()).contains("no rostered hours"));
    }
}

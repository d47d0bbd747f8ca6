package dev.itss.rules;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cross-element rules: each needs facts from more than one element, and stays silent when one is missing. */
class CrossElementRulesTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    /** PPL-010: an understaffed post behind the SLA misses of the services it serves and the calls its desk missed. */
    @Nested
    class Ppl010UnderstaffedPostBehindServiceFailures {
        private String snapshot(int staffed, int metSla, int answered, boolean deskLinked) {
            StringBuilder yaml = new StringBuilder("""
                    services:
                      - {id: his, name: HIS, sla: {attainmentTarget: 0.95}, tickets: {inScope: 100, metSla: %d}, posts: [desk]}
                      - {id: mail, name: Mail, sla: {attainmentTarget: 0.95}, tickets: {inScope: 100, metSla: 80}, posts: [ops]}
                    resources:
                      serviceDesk: {callsOffered: 1000, callsAnswered: %d, ticketsLogged: 900, ticketsDispatched: 900, ticketsRedispatched: 0%s}
                    people:
                      posts: [{id: desk, name: Desk, requiredHeadcount: 4}, {id: ops, name: Ops, requiredHeadcount: 1}]
                      engineers:
                        - {id: o, name: O, post: ops, contractedHours: 500, workedHours: 400, workMode: ON_SITE}
                    """.formatted(metSla, answered, deskLinked ? ", post: desk" : ""));
            for (int i = 0; i < staffed; i++) {
                yaml.append("    - {id: e").append(i).append(", name: E").append(i).append(", post: desk, contractedHours: 500, workedHours: 400, workMode: ON_SITE}\n");
            }
            return yaml.toString();
        }

        private final dev.itss.model.Subject desk = new dev.itss.model.Subject("post", "desk", "Desk");
        private final dev.itss.model.Subject his = new dev.itss.model.Subject("service", "his", "HIS");

        @Test
        void namesTheServicesItServesBelowTheirSlaAndTheCallsItsDeskMissed() {
            var result = VERIFIER.verify("PPL-010").given(snapshot(2, 80, 850, true));
            result.flags(1).about("desk").withSeverity(Severity.HIGH);
            result.justifiesExactly(new dev.itss.rules.people.UnderstaffedPostBehindFailures(desk, 2, 4, List.of(his),
                    List.of("HIS 80 % < 95 %"), List.of("150 / 1000 (15 %)")));
            // identity: the post and the services it joined, never the numbers
            result.flags(1).findings().forEach(f -> org.assertj.core.api.Assertions.assertThat(f.key()).isEqualTo("PPL-010|post:desk|service:his"));
        }

        @Test
        void aServiceOfAnotherPostIsNotJoined() {
            // Mail misses its SLA too, but the fully staffed ops post serves it, and the desk does not
            VERIFIER.verify("PPL-010").given(snapshot(2, 99, 990, true)).flagsNothing();
        }

        @Test
        void eitherFailureIsEnoughAndTheDeskCountsOnlyWhenThePostStaffsIt() {
            VERIFIER.verify("PPL-010").given(snapshot(2, 99, 850, true))
                    .justifiesExactly(new dev.itss.rules.people.UnderstaffedPostBehindFailures(desk, 2, 4, List.of(), List.of(), List.of("150 / 1000 (15 %)")));
            VERIFIER.verify("PPL-010").given(snapshot(2, 80, 850, false))
                    .justifiesExactly(new dev.itss.rules.people.UnderstaffedPostBehindFailures(desk, 2, 4, List.of(his), List.of("HIS 80 % < 95 %"), List.of()));
            VERIFIER.verify("PPL-010").given(snapshot(2, 99, 850, false)).flagsNothing();
        }

        @Test
        void staysSilentForAStaffedPost() {
            VERIFIER.verify("PPL-010").given(snapshot(4, 80, 850, true)).flagsNothing();
        }

        @Test
        void reportsNotAvailableWithoutPosts() {
            VERIFIER.verify("PPL-010").given("{}").reportsNotAvailableBecause("no posts reported");
        }
    }

    /** RES-022: a service without an SLA, an article, a monitored configuration item or an emergency plan (A-R-01). */
    @Nested
    class Res022ServiceNotCoveredByResources {
        private String snapshot(String emrLinks) {
            return """
                    services:
                      - {id: his, name: HIS, sla: {attainmentTarget: 0.95}, articles: [KB-1], configurationItems: [db]}
                      - {id: emr, name: EMR, sla: {attainmentTarget: 0.95}%s}
                    resources:
                      knowledge: {ticketsResolvedWithArticle: 1, ticketsResolvedWithoutArticle: 1,
                                  articles: [{id: KB-1, title: T, category: his, created: 2025-01-01, uses: 1}]}
                    technology:
                      emergencyPlans: [{id: EP-1, scenario: Outage, approvedOn: 2025-01-01, services: [his, emr]}]
                    process:
                      configurationItems: [{id: db, name: DB, incidents: 0, problemRecords: 0, monitored: true},
                                           {id: app, name: App, incidents: 0, problemRecords: 0, monitored: false}]
                    """.formatted(emrLinks);
        }

        private final dev.itss.model.Subject emr = new dev.itss.model.Subject("service", "emr", "EMR");
        private final dev.itss.model.Subject plan = new dev.itss.model.Subject("emergency-plan", "EP-1", "Outage");

        @Test
        void namesWhatTheServiceLacksAndWhatItHas() {
            VERIFIER.verify("RES-022").given(snapshot(", configurationItems: [app]")).flags(1).about("emr").withSeverity(Severity.MEDIUM);
            VERIFIER.verify("RES-022").given(snapshot(", configurationItems: [app]")).justifiesExactly(new dev.itss.rules.resources.ServiceNotCovered(
                    emr, List.of("gap:article", "gap:monitored-ci"), List.of(), List.of(), List.of(plan)));
        }

        @Test
        void staysSilentForACoveredService() {
            VERIFIER.verify("RES-022").given(snapshot(", articles: [KB-1], configurationItems: [db]")).flagsNothing();
        }

        @Test
        void aKindOfLinkNoServiceReportsIsUnknownNotMissing() {
            String noLinks = snapshot(", configurationItems: [app]").replace(", articles: [KB-1], configurationItems: [db]", "")
                    .replace(", configurationItems: [app]", "");
            VERIFIER.verify("RES-022").given(noLinks).flagsNothing();
        }
    }

    /** RES-017: a skill one engineer holds that no article documents. */
    @Nested
    class Res017KeyPersonKnowledgeRisk {
        private String snapshot(String articleCategories) {
            return """
                    people:
                      posts: [{id: ops, name: Ops, requiredHeadcount: 3}]
                      engineers:
                        - {id: a, name: Zhao, post: ops, skills: [oracle, linux], contractedHours: 1, workedHours: 1, workMode: REMOTE}
                        - {id: b, name: Qian, post: ops, skills: [linux, his], contractedHours: 1, workedHours: 1, workMode: REMOTE}
                        - {id: c, name: Sun, post: ops, skills: [linux, cisco, vmware], contractedHours: 1, workedHours: 1, workMode: REMOTE}
                    resources:
                      knowledge:
                        ticketsResolvedWithArticle: 1
                        ticketsResolvedWithoutArticle: 1
                        articles: [%s]
                    """.formatted(articleCategories);
        }

        private static String article(String category) {
            return "{id: " + category + ", title: T, category: " + category + ", created: 2025-01-01, uses: 1, skills: [" + category + "]}";
        }

        private static dev.itss.rules.resources.SkillWithOneHolder skill(String skill, String holder) {
            return new dev.itss.rules.resources.SkillWithOneHolder(new dev.itss.model.Subject("skill", skill, skill), holder);
        }

        @Test
        void flagsEachUndocumentedSingleHolderSkillAsABreachWhenThereAreMany() {
            VERIFIER.verify("RES-017").given(snapshot("")).flags(4).withSeverity(Severity.MEDIUM).withEvidence("observed", 4);
            VERIFIER.verify("RES-017").given(snapshot(""))
                    .justifiesExactly(skill("cisco", "Sun"), skill("his", "Qian"), skill("oracle", "Zhao"), skill("vmware", "Sun"));
        }

        @Test
        void flagsOneOrTwoAsAWarning() {
            VERIFIER.verify("RES-017").given(snapshot(article("cisco") + ", " + article("his"))).flags(2).withSeverity(Severity.LOW);
            VERIFIER.verify("RES-017").given(snapshot(article("cisco") + ", " + article("his")))
                    .justifiesExactly(skill("oracle", "Zhao"), skill("vmware", "Sun"));
        }

        @Test
        void staysSilentWhenEverySingleHolderSkillIsDocumented() {
            VERIFIER.verify("RES-017").given(snapshot(String.join(", ", article("cisco"), article("his"), article("oracle"), article("vmware"))))
                    .flagsNothing();
        }

        @Test
        void reportsNotAvailableWithoutAKnowledgeBase() {
            VERIFIER.verify("RES-017").given("people: {}").reportsNotAvailableBecause("no engineers");
        }
    }

    /** RES-018: newcomers while SOPs are missing or stale (TEC-001, TEC-002). */
    @Nested
    class Res018NewcomersWithoutProcedures {
        private String snapshot(String hiredOn, String sopReviewed) {
            return """
                    people:
                      posts: [{id: ops, name: Ops, requiredHeadcount: 1}]
                      engineers: [{id: n, name: New, post: ops, contractedHours: 1, workedHours: 1, workMode: ON_SITE, hiredOn: %s}]
                    technology:
                      activities: [{id: backup, name: Backup}]
                      sops: [{id: SOP-1, activity: backup, lastReviewed: %s}]
                    """.formatted(hiredOn, sopReviewed);
        }

        @Test
        void flagsANewcomerFacingStaleSops() {
            VERIFIER.verify("RES-018").given(snapshot("2026-02-01", "2023-01-01")).flags(1).withSeverity(Severity.LOW)
                    .withEvidence("newcomers", List.of("New")).withEvidence("staleSops", List.of("SOP-1"));
        }

        @Test
        void staysSilentWhenSopsAreCurrentOrNobodyIsNew() {
            VERIFIER.verify("RES-018").given(snapshot("2026-02-01", "2026-01-01")).flagsNothing();
            // hired 181 days before the period end 2026-03-31: no longer a newcomer
            VERIFIER.verify("RES-018").given(snapshot("2025-09-30", "2023-01-01")).flagsNothing();
        }

        @Test
        void theNewcomerWindowIsThePolicysNotANumberInTheCode() {
            // hired 181 days before the period end: a newcomer under a one-year window set in the policy
            VERIFIER.verify("RES-018").withPolicy("bands: {people.newcomers: {warning: 0, breach: 2, windowDays: 365, source: test}}")
                    .given(snapshot("2025-09-30", "2023-01-01")).flags(1).withEvidence("newcomers", List.of("New"));
            // an override that gives no window keeps the catalogue's 180 days
            VERIFIER.verify("RES-018").withPolicy("bands: {people.newcomers: {warning: 0, breach: 2, source: test}}")
                    .given(snapshot("2025-09-30", "2023-01-01")).flagsNothing();
        }

        @Test
        void reportsNotAvailableWithoutHiringDates() {
            VERIFIER.verify("RES-018").given("people:\n  posts: [{id: ops, name: Ops, requiredHeadcount: 1}]\n"
                    + "  engineers: [{id: n, name: N, post: ops, contractedHours: 1, workedHours: 1, workMode: ON_SITE}]\n")
                    .reportsNotAvailableBecause("hiredOn");
        }
    }

    /** PRC-020: repeat incidents on one configuration item without a problem record. */
    @Nested
    class Prc020RepeatIncidentsWithoutProblemRecord extends BandRuleTest {
        Prc020RepeatIncidentsWithoutProblemRecord() {
            super("PRC-020", Severity.MEDIUM, "core-sw");
        }

        private String item(int incidents, int problems) {
            return "process:\n  configurationItems: [{id: core-sw, name: Core switch, incidents: " + incidents + ", problemRecords: " + problems + "}]\n";
        }

        @Override
        protected String breach() {
            return item(5, 0);
        }

        @Override
        protected String warning() {
            return item(3, 0);
        }

        @Override
        protected String atWarningBound() {
            return item(9, 1);   // a problem record exists: counted as 0, below the bound 2
        }

        @Override
        protected String withoutInputs() {
            return "process: {configurationItems: []}";
        }
    }

    /** PRC-021: releases rolled back while emergency changes are frequent (PRC-015). */
    @Nested
    class Prc021EmergencyChangesWithFailingReleases {
        private String changes(int emergency, int rolledBack) {
            return "process:\n  changes: {problems: 0, problemsWithRootCause: 0, changes: 100, changesFailed: 0, emergencyChanges: " + emergency
                    + ", releases: 100, releasesRolledBack: " + rolledBack + ", releasesWithVersionRecord: 100}\n";
        }

        @Test
        void flagsBothTogether() {
            VERIFIER.verify("PRC-021").given(changes(25, 15)).flags(1).withSeverity(Severity.HIGH)
                    .withEvidence("emergencyChangeRate", 0.25);   // the ratio, not the organisation's name
            VERIFIER.verify("PRC-021").given(changes(25, 8)).flags(1).withSeverity(Severity.MEDIUM);
        }

        @Test
        void staysSilentWhenEitherIsFine() {
            VERIFIER.verify("PRC-021").given(changes(5, 15)).flagsNothing();
            VERIFIER.verify("PRC-021").given(changes(25, 5)).flagsNothing();
        }

        @Test
        void reportsNotAvailableWithoutReleases() {
            VERIFIER.verify("PRC-021").given("{}").reportsNotAvailable();
        }
    }
}

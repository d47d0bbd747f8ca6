package dev.itss.rules;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cross-element rules: each needs facts from more than one element, and stays silent when one is missing. */
class CrossElementRulesTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    /** PPL-010: understaffed posts (PPL-001) and SLA misses (PRC-003) with low knowledge reuse. */
    @Nested
    class Ppl010SystemicOverload {
        private String snapshot(int staffed, int metSla, int withArticle) {
            StringBuilder yaml = new StringBuilder("""
                    services: [{id: his, name: HIS, sla: {attainmentTarget: 0.95}, tickets: {inScope: 100, metSla: %d}}]
                    resources:
                      knowledge: {ticketsResolvedWithArticle: %d, ticketsResolvedWithoutArticle: %d, articles: []}
                    people:
                      posts: [{id: desk, name: Desk, requiredHeadcount: 4}]
                      engineers:
                    """.formatted(metSla, withArticle, 100 - withArticle));
            for (int i = 0; i < staffed; i++) {
                yaml.append("    - {id: e").append(i).append(", name: E").append(i).append(", post: desk, contractedHours: 500, workedHours: 400, workMode: ON_SITE}\n");
            }
            return yaml.toString();
        }

        @Test
        void flagsAllThreeTogetherAsCritical() {
            VERIFIER.verify("PPL-010").given(snapshot(2, 80, 10)).flags(1).about("knowledge-base")
                    .withSeverity(Severity.CRITICAL).withEvidence("understaffed", List.of("Desk")).withEvidence("slaMissed", List.of("HIS"));
        }

        @Test
        void justifiesWithThePostsAndServicesItJoinedWhichAreItsIdentity() {
            dev.itss.model.Subject desk = new dev.itss.model.Subject("post", "desk", "Desk");
            dev.itss.model.Subject his = new dev.itss.model.Subject("service", "his", "HIS");
            var result = VERIFIER.verify("PPL-010").given(snapshot(2, 80, 10));
            result.justifiesExactly(new dev.itss.rules.people.SystemicOverload(
                    new dev.itss.model.Subject("knowledge-base", "knowledge-base", "Knowledge base"), List.of(desk), List.of(his)));
            result.flags(1).findings().forEach(f -> org.assertj.core.api.Assertions.assertThat(f.key())
                    .isEqualTo("PPL-010|knowledge-base:knowledge-base|post:desk|service:his"));
        }

        @Test
        void staysSilentWhenOnePartIsMissing() {
            VERIFIER.verify("PPL-010").given(snapshot(4, 80, 10)).flagsNothing();   // fully staffed
            VERIFIER.verify("PPL-010").given(snapshot(2, 99, 10)).flagsNothing();   // SLA met
            VERIFIER.verify("PPL-010").given(snapshot(2, 80, 30)).flagsNothing();   // knowledge use on its warning bound
        }

        @Test
        void reportsNotAvailableWithoutAKnowledgeBase() {
            VERIFIER.verify("PPL-010").given("people: {}").reportsNotAvailable();
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
            return "{id: " + category + ", title: T, category: " + category + ", created: 2025-01-01, uses: 1}";
        }

        private static dev.itss.rules.resources.SkillWithOneHolder skill(String skill, String holder) {
            return new dev.itss.rules.resources.SkillWithOneHolder(new dev.itss.model.Subject("skill", skill, skill), holder);
        }

        @Test
        void flagsEachUndocumentedSingleHolderSkillAsABreachWhenThereAreMany() {
            VERIFIER.verify("RES-017").given(snapshot("")).flags(4).withSeverity(Severity.HIGH).withEvidence("observed", 4);
            VERIFIER.verify("RES-017").given(snapshot(""))
                    .justifiesExactly(skill("cisco", "Sun"), skill("his", "Qian"), skill("oracle", "Zhao"), skill("vmware", "Sun"));
        }

        @Test
        void flagsOneOrTwoAsAWarning() {
            VERIFIER.verify("RES-017").given(snapshot(article("cisco") + ", " + article("his"))).flags(2).withSeverity(Severity.MEDIUM);
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
            super("PRC-020", Severity.HIGH, "core-sw");
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
                    .withEvidence("emergencyChanges", List.of("Test organisation"));
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

package dev.itss.rules.resources;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/** RES-003: resolved tickets citing an article (warning below 30 %, breach below 15 %). */
class Res003KnowledgeRarelyReusedTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    private static String knowledge(int withArticle, int withoutArticle) {
        return """
                resources:
                  knowledge:
                    ticketsResolvedWithArticle: %d
                    ticketsResolvedWithoutArticle: %d
                    articles:
                      - {id: KB-1, title: Reset a HIS password, category: his, created: 2025-05-01, uses: 3}
                """.formatted(withArticle, withoutArticle);
    }

    @Test
    void flagsKnowledgeThatIsHardlyUsed() {
        VERIFIER.verify("RES-003").given(knowledge(10, 190))
                .flags(1).about("knowledge-base").withSeverity(Severity.MEDIUM)
                .withEvidence("observed", 0.05).withEvidence("resolved", 200).withEvidence("articles", 1);
    }

    @Test
    void staysSilentWhenKnowledgeIsReused() {
        VERIFIER.verify("RES-003").given(knowledge(80, 120)).flagsNothing();
    }

    @Test
    void boundsAreOnTheGoodSide() {
        VERIFIER.verify("RES-003").given(knowledge(30, 70)).flagsNothing();
        VERIFIER.verify("RES-003").given(knowledge(15, 85)).flags(1).withSeverity(Severity.LOW);
        VERIFIER.verify("RES-003").given(knowledge(14, 86)).flags(1).withSeverity(Severity.MEDIUM);
    }

    @Test
    void reportsNotAvailableWithoutAKnowledgeBaseOrResolvedTickets() {
        VERIFIER.verify("RES-003").given("resources: {}").reportsNotAvailableBecause("resources.knowledge");
        VERIFIER.verify("RES-003").given(knowledge(0, 0)).reportsNotAvailableBecause("no tickets resolved");
    }
}

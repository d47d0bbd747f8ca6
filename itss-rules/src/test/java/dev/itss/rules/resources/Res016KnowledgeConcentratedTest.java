package dev.itss.rules.resources;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** RES-016: share of the largest article category (warning above 50 %, breach above 70 %). */
class Res016KnowledgeConcentratedTest extends BandRuleTest {

    Res016KnowledgeConcentratedTest() {
        super("RES-016", Severity.LOW, "knowledge-base");
    }

    /** A knowledge base with 1000 resolved tickets and {@code count} articles written by {@code articleAt}. */
    private static String knowledge(int count, java.util.function.IntFunction<String> articleAt) {
        StringBuilder yaml = new StringBuilder("resources:\n  knowledge:\n    ticketsResolvedWithArticle: 400\n    ticketsResolvedWithoutArticle: 600\n    articles:\n");
        for (int i = 0; i < count; i++) {
            yaml.append("      - {id: k").append(i).append(", title: T").append(i).append(", uses: 1, ").append(articleAt.apply(i)).append("}\n");
        }
        return yaml.toString();
    }

    @Override
    protected String breach() {
        return knowledge(10, i -> "created: 2025-01-01, category: " + (i < 8 ? "network" : "c" + i));
    }

    @Override
    protected String warning() {
        return knowledge(10, i -> "created: 2025-01-01, category: " + (i < 6 ? "network" : "c" + i));
    }

    @Override
    protected String atWarningBound() {
        return knowledge(10, i -> "created: 2025-01-01, category: " + (i < 5 ? "network" : "c" + i));
    }

    @Override
    protected String withoutInputs() {
        return knowledge(0, i -> "");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"largestCategory", "network", "inLargest", 8};
    }
}

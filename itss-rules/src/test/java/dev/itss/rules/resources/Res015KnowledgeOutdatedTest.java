package dev.itss.rules.resources;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** RES-015: articles written or revised in the last 365 days (warning below 50 %, breach below 30 %). */
class Res015KnowledgeOutdatedTest extends BandRuleTest {

    Res015KnowledgeOutdatedTest() {
        super("RES-015", Severity.LOW, "knowledge-base");
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
        return knowledge(10, i -> "category: c" + i + ", created: " + (i < 2 ? "2025-06-01" : "2020-01-01"));
    }

    @Override
    protected String warning() {
        return knowledge(10, i -> "category: c" + i + ", created: 2020-01-01" + (i < 4 ? ", updated: 2025-06-01" : ""));
    }

    @Override
    protected String atWarningBound() {
        return knowledge(10, i -> "category: c" + i + ", created: " + (i < 5 ? "2025-06-01" : "2020-01-01"));
    }

    @Override
    protected String withoutInputs() {
        return knowledge(0, i -> "");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"fresh", 2, "articles", 10};
    }
}

package dev.itss.rules.resources;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** RES-014: articles created in the period per 100 resolved tickets (warning below 2, breach below 1). */
class Res014FewNewArticlesTest extends BandRuleTest {

    Res014FewNewArticlesTest() {
        super("RES-014", Severity.MEDIUM, "knowledge-base");
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
        return knowledge(5, i -> "category: c" + i + ", created: 2026-02-01");
    }

    @Override
    protected String warning() {
        return knowledge(15, i -> "category: c" + i + ", created: 2026-02-01");
    }

    @Override
    protected String atWarningBound() {
        return knowledge(20, i -> "category: c" + i + ", created: 2026-02-01");
    }

    @Override
    protected String withoutInputs() {
        return "resources: {}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"created", 5, "resolved", 1000};
    }
}

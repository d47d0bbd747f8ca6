package dev.itss.test;

import dev.itss.engine.Assessment;

/**
 * Entry point of the fluent assertions on assessments, AssertJ style.
 *
 * <pre>{@code
 * import static dev.itss.test.ItssAssertions.assertThat;
 *
 * assertThat(engine.assess(snapshot))
 *         .hasFinding("PPL-001")
 *         .hasFindingAbout("HSP-001", "zhou-ting")
 *         .hasNoFindingsAtOrAbove(Severity.CRITICAL)
 *         .hasScoreAtLeast(Element.PROCESS, 60);
 * }</pre>
 */
public final class ItssAssertions {
    private ItssAssertions() {}

    /** Assertions on an assessment; every one it runs is recorded for {@link RuleCoverage}. */
    public static AssessmentAssert assertThat(Assessment actual) {
        RuleCoverage.record(actual);
        return new AssessmentAssert(actual);
    }
}

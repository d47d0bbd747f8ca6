package dev.itss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.check.NotAvailable;
import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.internal.Escape;
import dev.itss.measure.Measurement;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SnapshotReader;
import dev.itss.read.DocumentFormat;
import dev.itss.report.Language;
import dev.itss.report.Texts;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every reason the library gives for a figure it could not measure is said in Chinese in the
 * Chinese reports: organisations missing each section, and each optional fact of each entity, are
 * assessed, and each reason they get must have its translation.
 */
class ReasonsInChineseTest {
    private static final AssessmentEngine ENGINE = AssessmentEngine.load();

    /** Only the required sections: every section is missing. */
    private static final String EMPTY = """
            organisation: {id: o, name: O}
            period: {start: 2026-01-01, end: 2026-03-31}
            """;

    /** Every section with one entity that reports none of its optional facts. */
    private static final String SPARSE = """
            organisation: {id: o, name: O}
            period: {start: 2026-01-01, end: 2026-03-31}
            services: [{id: s, name: S}]
            people:
              posts: [{id: p, name: P, requiredHeadcount: 1}]
              engineers: [{id: e, name: E, post: p, contractedHours: 100, workedHours: 90, workMode: ON_SITE}]
              departures: []
            resources:
              tools: [{id: t, name: T, requirements: 1, requirementsMet: 1, plannedHours: 10, downtimeHours: 0, failures: 0}]
              serviceDesk: {callsOffered: 10, callsAnswered: 9, ticketsLogged: 9, ticketsDispatched: 9, ticketsRedispatched: 0}
              spareParts: [{id: sp, name: SP, quantity: 1, unitValue: 1, stockedOn: 2025-01-01, requests: 0, hits: 0, damaged: 0}]
              knowledge: {ticketsResolvedWithArticle: 0, ticketsResolvedWithoutArticle: 1, articles: []}
            technology:
              activities: [{id: a, name: A}]
              sops: []
              emergencyPlans: [{id: ep, scenario: X, approvedOn: 2025-01-01}]
            process:
              definitions: [{id: incident, name: Incident}]
            supervision:
              risks: []
            """;

    @Test
    void everyReasonForAFigureNotMeasuredIsSaidInChinese() {
        Set<String> reasons = new TreeSet<>();
        for (String yaml : List.of(EMPTY, SPARSE)) {
            reasons.addAll(reasons(ENGINE.assess(SnapshotReader.standard().read("s.yaml", yaml, DocumentFormat.YAML))));
        }
        for (SampleOrganisation sample : SampleOrganisation.values()) {
            ServiceSnapshot snapshot = sample.snapshot();
            reasons.addAll(reasons(ENGINE.assess(snapshot, ENGINE.defaultPolicy(), sample.records(snapshot, ENGINE.defaultPolicy()))));
        }
        assertThat(reasons).hasSizeGreaterThan(30);
        assertThat(reasons).allSatisfy(reason -> assertThat(Texts.reason(reason, Language.ZH_CN)).as(reason).isNotEqualTo(Escape.inline(reason)));
        // the English report keeps them as they are
        assertThat(reasons).allSatisfy(reason -> assertThat(Texts.reason(reason, Language.EN)).isEqualTo(Escape.inline(reason)));
    }

    private static Set<String> reasons(Assessment assessment) {
        Set<String> out = new TreeSet<>();
        assessment.findings().notAvailable().stream().map(NotAvailable::reason).forEach(out::add);
        assessment.measurements().all().stream().filter(m -> !m.available()).map(Measurement::unavailableReason).forEach(out::add);
        return out;
    }
}

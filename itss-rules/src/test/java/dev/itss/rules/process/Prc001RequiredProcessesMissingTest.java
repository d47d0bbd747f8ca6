package dev.itss.rules.process;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PRC-001: required processes defined and documented (default: 6 required; warning below 100 %, breach below 80 %). */
class Prc001RequiredProcessesMissingTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();
    private static final String ALL_SIX = """
            process:
              definitions:
                - {id: incident, name: Incident, documentedOn: 2024-01-01}
                - {id: problem, name: Problem, documentedOn: 2024-01-01}
                - {id: change, name: Change, documentedOn: 2024-01-01}
                - {id: release, name: Release, documentedOn: 2024-01-01}
                - {id: configuration, name: Configuration, documentedOn: 2024-01-01}
                - {id: service-level, name: Service level, documentedOn: 2024-01-01}
            """;

    @Test
    void flagsMissingAndUndocumentedProcesses() {
        VERIFIER.verify("PRC-001").given("""
                process:
                  definitions:
                    - {id: incident, name: Incident, documentedOn: 2024-01-01}
                    - {id: change, name: Change}
                """)
                .flags(1).withSeverity(Severity.MEDIUM)
                .withEvidence("documented", 1).withEvidence("required", 6)
                .withEvidence("missing", List.of("change (process:not-documented)", "configuration (process:not-defined)", "problem (process:not-defined)",
                        "release (process:not-defined)", "service-level (process:not-defined)"));
    }

    @Test
    void staysSilentWhenEveryRequiredProcessIsDocumented() {
        VERIFIER.verify("PRC-001").given(ALL_SIX).flagsNothing();
    }

    @Test
    void followsTheOrganisationsListOfRequiredProcesses() {
        VERIFIER.verify("PRC-001").withPolicy("requiredProcesses: [incident, problem, change, release, configuration, service-level, capacity]")
                .given(ALL_SIX).flags(1).withEvidence("missing", List.of("capacity (process:not-defined)")).withSeverity(Severity.LOW);
    }

    @Test
    void breachBoundIsOnTheGoodSide() {
        // 4 of 5 required = 80 %: warning; 3 of 5 = 60 %: breach
        String policy = "requiredProcesses: [incident, problem, change, release, configuration]";
        VERIFIER.verify("PRC-001").withPolicy(policy).given(ALL_SIX.replace("{id: release, name: Release, documentedOn: 2024-01-01}", "{id: release, name: Release}"))
                .flags(1).withEvidence("observed", 0.8).withSeverity(Severity.LOW);
        VERIFIER.verify("PRC-001").withPolicy(policy).given(ALL_SIX.replace("{id: release, name: Release, documentedOn: 2024-01-01}", "{id: release, name: Release}")
                        .replace("{id: change, name: Change, documentedOn: 2024-01-01}", "{id: change, name: Change}"))
                .flags(1).withSeverity(Severity.MEDIUM);
    }

    @Test
    void reportsNotAvailableWithoutProcesses() {
        VERIFIER.verify("PRC-001").given("{}").reportsNotAvailableBecause("process.definitions");
    }
}

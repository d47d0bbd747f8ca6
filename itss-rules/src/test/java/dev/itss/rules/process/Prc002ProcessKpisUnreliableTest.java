package dev.itss.rules.process;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/** PRC-002: KPIs of a process computed from a system of record (warning below 100 %, breach below 50 %); a process with no KPI is PRC-032's. */
class Prc002ProcessKpisUnreliableTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    private static String incident(String kpis) {
        return """
                process:
                  definitions:
                    - id: incident
                      name: Incident management
                      documentedOn: 2024-01-01
                      kpis: %s
                """.formatted(kpis);
    }

    @Test
    void aProcessWithoutKpisIsPrc032sNotZeroOfZeroReliableKpis() {
        // the old PRC-002 said "0 of 0 KPIs come from a system of record (0 %)"
        VERIFIER.verify("PRC-002").given(incident("[]")).flagsNothing();
        VERIFIER.verify("PRC-032").given(incident("[]")).flags(1).about("incident").withSeverity(Severity.MEDIUM);
        VERIFIER.verify("PRC-032").given(incident("[{name: MTTR, source: MANUAL}]")).flagsNothing();
    }

    @Test
    void flagsManuallyCollectedKpis() {
        VERIFIER.verify("PRC-002").given(incident("[{name: MTTR, source: MANUAL}, {name: backlog, source: MANUAL}, {name: SLA, source: SYSTEM_OF_RECORD}]"))
                .flags(1).withSeverity(Severity.MEDIUM).withEvidence("reliable", 1).withEvidence("defined", 3);
    }

    @Test
    void staysSilentWhenEveryKpiComesFromTheSystem() {
        VERIFIER.verify("PRC-002").given(incident("[{name: MTTR, source: SYSTEM_OF_RECORD}]")).flagsNothing();
    }

    @Test
    void breachBoundIsOnTheGoodSide() {
        VERIFIER.verify("PRC-002").given(incident("[{name: MTTR, source: MANUAL}, {name: SLA, source: SYSTEM_OF_RECORD}]"))
                .flags(1).withEvidence("observed", 0.5).withSeverity(Severity.LOW);
    }

    @Test
    void reportsNotAvailableWithoutProcesses() {
        VERIFIER.verify("PRC-002").given("process: {definitions: []}").reportsNotAvailableBecause("process.definitions");
    }
}

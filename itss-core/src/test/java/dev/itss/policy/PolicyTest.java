package dev.itss.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.read.DocumentFormat;
import dev.itss.read.InvalidInputException;
import dev.itss.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyTest {
    private static final Policy BASE = new Policy(
            Map.of("a", new Band(1.0, 0.8, "default a"), "b", new Band(10.0, 20.0, "default b")),
            List.of("incident", "change"), Set.of("X-1"), Map.of("X-2", Severity.LOW));

    @Test
    void anOverrideReplacesWhatItNamesAndKeepsTheRest() {
        Policy override = PolicyReader.standard().read("p.yaml", """
                bands:
                  a: {warning: 0.9, breach: 0.7, source: contract}
                disabledRules: [X-3]
                severities: {X-2: HIGH}
                """, DocumentFormat.YAML);
        Policy merged = BASE.overriddenBy(override);
        assertThat(merged.band("a")).contains(new Band(0.9, 0.7, "contract"));
        assertThat(merged.band("b")).contains(new Band(10.0, 20.0, "default b"));
        assertThat(merged.disabledRules()).containsExactly("X-1", "X-3");
        assertThat(merged.severities()).containsEntry("X-2", Severity.HIGH);
        assertThat(merged.requiredProcesses()).containsExactly("incident", "change");
    }

    @Test
    void aListOfRequiredProcessesReplacesTheDefaultList() {
        Policy override = PolicyReader.standard().read("p.yaml", "requiredProcesses: [incident]", DocumentFormat.YAML);
        assertThat(BASE.overriddenBy(override).requiredProcesses()).containsExactly("incident");
    }

    @Test
    void rejectsBadPolicyFilesWithPlaces() {
        assertThatThrownBy(() -> PolicyReader.standard().read("p.yaml", """
                bands:
                  a: {warning: 0.9}
                severities: {X-2: URGENT}
                """, DocumentFormat.YAML))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("p.yaml:3:")
                .hasMessageContaining("expected one of [INFO, LOW, MEDIUM, HIGH, CRITICAL], was 'URGENT'");
        assertThatThrownBy(() -> PolicyReader.standard().read("p.yaml", "bands:\n  a: {warning: 0.9}\n", DocumentFormat.YAML))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("p.yaml:2:3: bands[a].breach: is required");
    }
}

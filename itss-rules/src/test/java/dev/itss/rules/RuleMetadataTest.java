package dev.itss.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.check.RuleDescriptor;
import dev.itss.model.Element;
import dev.itss.model.Severity;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

class RuleMetadataTest {

    private static Rule rule(Map<String, Object> meta) {
        return (Rule) Proxy.newProxyInstance(Rule.class.getClassLoader(), new Class<?>[] {Rule.class}, (proxy, method, args) -> switch (method.getName()) {
            case "getMetaData" -> meta;
            case "getName" -> "my rule";
            case "getPackageName" -> "org.example";
            default -> throw new UnsupportedOperationException(method.getName());
        });
    }

    @Test
    void readsTheMetadataOfAWellFormedRule() {
        RuleDescriptor descriptor = RuleMetadata.describe(rule(Map.of("id", "PPL-009", "element", "PEOPLE", "severity", "high",
                "domain", "P-P-01, M-P-01", "lifecycle", "\"L-3\"", "inputs", "people.post_staffing_rate")));
        assertThat(descriptor).isEqualTo(new RuleDescriptor("PPL-009", Element.PEOPLE, Severity.HIGH,
                java.util.List.of("P-P-01", "M-P-01"), "L-3", java.util.List.of("people.post_staffing_rate")));
    }

    @Test
    void namesTheRuleAndEveryMistakeInItsMetadata() {
        assertThatThrownBy(() -> RuleMetadata.describe(rule(Map.of("element", "HUMANS", "severity", "HIGH"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule \"my rule\" in package org.example: @id is missing, e.g. @id(\"DESK-001\"); "
                        + "@element 'HUMANS' is not one of [PEOPLE, RESOURCES, TECHNOLOGY, PROCESS, SUPERVISION]; "
                        + "@domain is missing: name the ITSS-DOMAIN ids the rule covers, e.g. @domain(\"P-P-01,M-P-01\"); "
                        + "@lifecycle is missing, e.g. @lifecycle(\"L-3\")");
    }
}

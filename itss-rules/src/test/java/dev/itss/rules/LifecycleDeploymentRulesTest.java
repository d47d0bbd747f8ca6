package dev.itss.rules;

import dev.itss.model.Severity;
import org.junit.jupiter.api.Nested;

/** The L-2 deployment checks: share of deployed services with a knowledge transfer, a test environment, a drill (warning below 100 %, breach below 80 %). */
class LifecycleDeploymentRulesTest {

    /** Ten deployed services, the first {@code done} with {@code field} set. */
    static String services(int done, String field) {
        StringBuilder yaml = new StringBuilder("services:\n");
        for (int i = 0; i < 10; i++) {
            yaml.append("  - {id: s").append(i).append(", name: S").append(i).append(", deployment: {deployedOn: 2024-01-01")
                    .append(i < done ? ", " + field + ": 2024-02-01" : "").append("}}\n");
        }
        return yaml.toString();
    }

    abstract static class DeploymentRuleTest extends BandRuleTest {
        private final String field;

        DeploymentRuleTest(String ruleId, String field) {
            super(ruleId, Severity.MEDIUM, "test-org");
            this.field = field;
        }

        @Override
        protected String breach() {
            return services(7, field);
        }

        @Override
        protected String warning() {
            return services(9, field);
        }

        @Override
        protected String atWarningBound() {
            return services(10, field);
        }

        @Override
        protected String withoutInputs() {
            return "services: [{id: s, name: S}]";
        }

        @Override
        protected Object[] breachEvidence() {
            return new Object[] {"done", 7, "deployed", 10};
        }
    }

    @Nested
    class Res019KnowledgeTransfer extends DeploymentRuleTest {
        Res019KnowledgeTransfer() {
            super("RES-019", "knowledgeTransferOn");
        }
    }

    @Nested
    class Tec012TestEnvironment extends DeploymentRuleTest {
        Tec012TestEnvironment() {
            super("TEC-012", "testEnvironmentSince");
        }
    }

    @Nested
    class Tec013DrillAfterDeployment extends DeploymentRuleTest {
        Tec013DrillAfterDeployment() {
            super("TEC-013", "firstDrillOn");
        }
    }
}

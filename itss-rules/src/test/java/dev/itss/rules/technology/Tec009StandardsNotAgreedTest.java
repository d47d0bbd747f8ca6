package dev.itss.rules.technology;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** TEC-009: technical standards signed off by the customer (warning below 100 %, breach below 80 %). */
class Tec009StandardsNotAgreedTest extends BandRuleTest {

    Tec009StandardsNotAgreedTest() {
        super("TEC-009", Severity.MEDIUM, "test-org");
    }

    /** A list of {@code total} entries under {@code header}, the first {@code special} written by {@code first}, the others by {@code rest}. */
    private static String list(String header, int total, int special, java.util.function.IntFunction<String> first, java.util.function.IntFunction<String> rest) {
        StringBuilder yaml = new StringBuilder(header).append('\n');
        for (int i = 0; i < total; i++) {
            yaml.append("    - {").append(i < special ? first.apply(i) : rest.apply(i)).append("}\n");
        }
        return yaml.toString();
    }

    @Override
    protected String breach() {
        return list("technology:\n  standards:", 10, 7, i -> "id: s" + i + ", name: Standard " + i + ", agreedOn: 2025-01-01", i -> "id: s" + i + ", name: Standard " + i);
    }

    @Override
    protected String warning() {
        return list("technology:\n  standards:", 10, 9, i -> "id: s" + i + ", name: Standard " + i + ", agreedOn: 2025-01-01", i -> "id: s" + i + ", name: Standard " + i);
    }

    @Override
    protected String atWarningBound() {
        return list("technology:\n  standards:", 10, 10, i -> "id: s" + i + ", name: Standard " + i + ", agreedOn: 2025-01-01", i -> "id: s" + i + ", name: Standard " + i);
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"agreed", 7, "standards", 10};
    }
}

package dev.itss.rules.process;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-022: services with a catalogue entry (warning below 100 %, breach below 80 %); not available when no service reports one. */
class Prc022ServicesOutsideTheCatalogueTest extends BandRuleTest {

    Prc022ServicesOutsideTheCatalogueTest() {
        super("PRC-022", Severity.MEDIUM, "test-org");
    }

    /** Ten services, the first {@code catalogued} with a catalogue entry. */
    private static String services(int catalogued) {
        StringBuilder yaml = new StringBuilder("services:\n");
        for (int i = 0; i < 10; i++) {
            yaml.append("  - {id: s").append(i).append(", name: S").append(i).append(i < catalogued ? ", cataloguedOn: 2024-01-01" : "").append("}\n");
        }
        return yaml.toString();
    }

    @Override
    protected String breach() {
        return services(7);
    }

    @Override
    protected String warning() {
        return services(9);
    }

    @Override
    protected String atWarningBound() {
        return services(10);
    }

    @Override
    protected String withoutInputs() {
        return services(0);
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"catalogued", 7, "services", 10, "outside", java.util.List.of("S7", "S8", "S9")};
    }
}

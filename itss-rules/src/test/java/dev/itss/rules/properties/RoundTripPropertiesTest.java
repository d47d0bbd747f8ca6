package dev.itss.rules.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.internal.Mappers;
import dev.itss.model.ServiceSnapshot;
import dev.itss.read.DocumentFormat;
import dev.itss.model.SnapshotReader;
import dev.itss.test.Organisations;
import org.junit.jupiter.api.Test;

/**
 * Properties of reading and of the sized organisations: a snapshot written as YAML or as JSON and
 * read back is the same snapshot (nothing lost, nothing changed), and an organisation of any size
 * from {@link Organisations#ofSize} is valid and assessed. Seeds are fixed and printed in failures.
 */
class RoundTripPropertiesTest {
    private static final AssessmentEngine ENGINE = AssessmentEngine.load();
    private static final long FIRST_SEED = 20_261_202L;

    @Test
    void aSnapshotWrittenAsYamlOrJsonReadsBackUnchanged() throws Exception {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + 100; seed++) {
            ServiceSnapshot snapshot = seed % 2 == 0 ? Organisations.varied(seed) : Organisations.ofSize(seed, Organisations.Size.LARGE.scaled(0.002));
            for (DocumentFormat format : DocumentFormat.values()) {
                String text = Mappers.of(format).writeValueAsString(snapshot);
                ServiceSnapshot back = SnapshotReader.standard().read("seed-" + seed + "." + format.name().toLowerCase(), text, format);
                assertThat(back).as("seed %d as %s", seed, format).isEqualTo(snapshot);
            }
        }
    }

    @Test
    void anOrganisationOfAnySizeIsValidAndAssessed() {
        for (double factor : new double[] {0.001, 0.01, 0.05}) {
            for (long seed = FIRST_SEED; seed < FIRST_SEED + 3; seed++) {
                ServiceSnapshot snapshot = Organisations.ofSize(seed, Organisations.Size.LARGE.scaled(factor));
                Assessment assessment = ENGINE.assess(snapshot);
                assertThat(assessment.findings().findings()).as("seed %d at %s of the large size", seed, factor).isNotEmpty();
                assertThat(snapshot.people().engineers()).hasSize(Organisations.Size.LARGE.scaled(factor).engineers());
            }
        }
    }
}

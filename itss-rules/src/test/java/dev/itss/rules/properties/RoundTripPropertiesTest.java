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

    /**
     * Every figure measured lies within the values its metric can take (the catalogue's range): no
     * ratio above 1 where it cannot be, no negative count, also with counts at the top of their
     * type (sums are longs: two services of 2,000,000,000 tickets do not wrap).
     */
    @Test
    void everyMeasuredFigureLiesWithinItsMetricsPossibleValues() {
        dev.itss.measure.MetricCatalog catalog = ENGINE.metrics();
        java.util.List<ServiceSnapshot> organisations = new java.util.ArrayList<>();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + 60; seed++) {
            organisations.add(Organisations.varied(seed));
            organisations.add(Organisations.ofSize(seed, Organisations.Size.LARGE.scaled(0.005)));
        }
        ServiceSnapshot sized = Organisations.ofSize(FIRST_SEED, Organisations.Size.LARGE.scaled(0.005));
        // every service with 2,000,000,000 tickets in scope: their sum is far above an int
        java.util.List<dev.itss.model.ServiceOffering> huge = sized.services().stream().map(s -> new dev.itss.model.ServiceOffering(s.id(), s.name(),
                java.util.Optional.of(new dev.itss.model.SlaTarget(0.95)), java.util.Optional.of(new dev.itss.model.TicketCounts(2_000_000_000, 1_990_000_000)),
                s.deployment(), s.cataloguedOn(), s.posts(), s.configurationItems(), s.articles(), s.spareParts())).toList();
        assertThat(huge).hasSizeGreaterThan(1);
        organisations.add(new ServiceSnapshot(sized.organisation(), sized.period(), huge,
                sized.people(), new dev.itss.model.Resources(java.util.Optional.of(new dev.itss.model.ServiceDesk(Integer.MAX_VALUE, Integer.MAX_VALUE,
                        Integer.MAX_VALUE, Integer.MAX_VALUE, 0)), sized.resources().spareParts(), sized.resources().knowledge(), sized.resources().tools()),
                sized.technology(), sized.process(), sized.supervision()));
        for (int i = 0; i < organisations.size(); i++) {
            for (dev.itss.measure.Measurement m : ENGINE.assess(organisations.get(i)).measurements().all()) {
                if (m.available()) {
                    dev.itss.measure.ValueRange range = catalog.require(m.metric()).possibleValues();
                    assertThat(range.contains(m.value())).as("organisation %d (seeds from %d): %s of %s = %s, expected %s", i, FIRST_SEED,
                            m.metric(), m.subject().key(), m.value(), range.describe()).isTrue();
                }
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

package dev.itss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.model.ItssDomain;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every S-, I- and L- item is carried out by working code, as the catalogue tests hold M-, P- and A- items to metrics, rules and templates. */
class DomainCoverageTest {

    @Test
    void everyStepImprovementAndLifecycleItemIsCovered() {
        Map<String, List<String>> coverage = DomainCoverage.coverage();
        for (String prefix : List.of("S-", "I-", "L-", "M-", "P-", "A-")) {
            assertThat(ItssDomain.items(prefix)).as(prefix + " items").isNotEmpty()
                    .allSatisfy(item -> assertThat(coverage.get(item.id())).as(item.id() + " " + item.en()).isNotEmpty());
        }
    }

    @Test
    void everyMarkNamesAnItemOfTheDomain() {
        Set<String> known = ItssDomain.items().stream().map(ItssDomain.Item::id).collect(Collectors.toSet());
        assertThat(DomainCoverage.marked().keySet()).isNotEmpty().allSatisfy(id -> assertThat(known).as("@Covers(\"%s\")", id).contains(id));
    }

    @Test
    void theSevenStepsAndTheVerificationAreMarkedOnTheirTypes() {
        Map<String, List<String>> marked = DomainCoverage.marked();
        assertThat(marked.get("S-1")).contains("`dev.itss.improve.ImprovementStrategy`");
        assertThat(marked.get("I-3")).contains("`dev.itss.improve.Verification`", "command `itss verify`");
    }
}

package dev.itss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.model.ItssDomain;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every item of the domain is carried out by working code: S-, I-, L- and R- items by marked classes and commands, M-, P- and A- items by metrics, rules and templates. */
class DomainCoverageTest {

    @Test
    void everyItemOfTheDomainIsCovered() {
        Map<String, List<String>> coverage = DomainCoverage.coverage();
        for (String prefix : List.of("S-", "I-", "L-", "R-", "M-", "P-", "A-")) {
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
    void theSevenStepsTheVerificationAndTheReviewsAreMarkedOnTheirTypes() {
        Map<String, List<String>> marked = DomainCoverage.marked();
        assertThat(marked.get("S-1")).contains("`dev.itss.improve.ImprovementStrategy`");
        assertThat(marked.get("I-3")).contains("`dev.itss.improve.Verification`", "command `itss verify`");
        for (String review : List.of("R-1", "R-2", "R-3", "R-4", "R-C", "R-T")) {
            assertThat(marked.get(review)).as(review).contains("`dev.itss.review.Reviews`", "command `itss review`");
        }
    }
}

package dev.itss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.check.NotAvailable;
import dev.itss.test.RuleVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Missing data is never a pass, for each kind of input a rule declares: a figure (a check row),
 * a kind of fact the snapshot did not report (a domain rule, for the organisation), and an
 * optional field an entity leaves out (a domain rule, for that entity).
 */
class MissingDataTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    @Test
    void aCheckRowReportsTheSubjectWhoseFigureCouldNotBeMeasured() {
        // RES-001 reads service_desk.answer_rate: without desk counts or call records there is no figure
        VERIFIER.verify("RES-001").given("{}").reportsNotAvailableBecause("no service-desk counts reported (resources.serviceDesk)");
    }

    @Test
    void aDomainRuleReportsTheOrganisationWhenNoFactOfItsTypeWasReported() {
        List<NotAvailable> missing = VERIFIER.verify("RES-006").given("{}").reportsNotAvailable().assessment().findings().notAvailable()
                .stream().filter(n -> n.ruleId().equals("RES-006")).toList();
        assertThat(missing).singleElement().satisfies(n -> {
            assertThat(n.subject().kind()).isEqualTo("organisation");
            assertThat(n.metric()).isEqualTo("Tool");
            assertThat(n.reason()).isEqualTo("no service tools reported (resources.tools)");
        });
    }

    @Test
    void aDomainRuleReportsEachEntityThatLeavesItsOptionalFieldOut() {
        String engineers = """
                people:
                  posts: [{id: ops, name: Ops, requiredHeadcount: 2}]
                  engineers:
                    - {id: a, name: Zhao, post: ops, contractedHours: 480, workedHours: 400, workMode: ON_SITE, absenceHours: 100}
                    - {id: b, name: Qian, post: ops, contractedHours: 480, workedHours: 400, workMode: ON_SITE}
                """;
        var result = VERIFIER.verify("PPL-005").given(engineers);
        result.flags(1).about("a");   // the one with absence hours is judged...
        assertThat(result.assessment().findings().notAvailable()).filteredOn(n -> n.ruleId().equals("PPL-005"))
                .singleElement().satisfies(n -> {   // ...the other is reported, not passed
                    assertThat(n.subject().id()).isEqualTo("b");
                    assertThat(n.reason()).isEqualTo("no absenceHours reported (people.engineers[].absenceHours)");
                });
    }
}

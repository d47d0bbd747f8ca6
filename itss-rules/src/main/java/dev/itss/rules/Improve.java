package dev.itss.rules;

import dev.itss.check.Finding;
import dev.itss.check.RuleDescriptor;
import dev.itss.improve.ActionLink;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The link factory called from improvement-rule consequences: records that the rule's action
 * template ({@code @action}) addresses a finding. The improve stage merges the links into the plan.
 * Most links are data (each template lists the rules it addresses); an improvement rule is for a
 * link that depends on the organisation, which a list cannot decide. The built-in pack has none.
 *
 * <pre>{@code
 * rule "ACT-101 drill the plans of services that missed their SLA"
 *     @id("ACT-101") @kind("IMPROVEMENT") @element("TECHNOLOGY") @domain("A-T-04,I-2") @lifecycle("L-4") @action("A-T-04")
 * when
 *     $f : Finding( ruleId == "PRC-003" )
 *     exists PlanNotDrilled()
 * then
 *     Improve.link(drools, $f);
 * end
 * }</pre>
 */
public final class Improve {
    private Improve() {}

    /**
     * Inserts an {@link ActionLink} from the finding to the rule's action template.
     *
     * @param drools the consequence's {@code drools} variable (see {@link Justify})
     */
    public static void link(Object drools, Finding finding) {
        RuleContext context = (RuleContext) drools;
        RuleDescriptor rule = RuleMetadata.of(context.getRule());
        context.getKieRuntime().insert(new ActionLink(rule.action(), rule.id(), finding));
    }
}

package dev.itss.rules;

import dev.itss.finding.Finding;
import dev.itss.finding.RuleDescriptor;
import dev.itss.improve.ActionLink;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The link factory called from improvement-rule consequences: records that the rule's action
 * template ({@code @action}) addresses a finding. The improve stage merges the links into the plan.
 *
 * <pre>{@code
 * rule "ACT-008 A-R-04"
 *     @id("ACT-008") @kind("IMPROVEMENT") @element("RESOURCES") @domain("A-R-04,I-2") @lifecycle("L-4") @action("A-R-04")
 * when
 *     $f : Finding( ruleId in ("RES-003", "RES-014") )
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
     * @param drools the consequence's {@code drools} variable (see {@link Detect#raise})
     */
    public static void link(Object drools, Finding finding) {
        RuleContext context = (RuleContext) drools;
        RuleDescriptor rule = RuleMetadata.of(context.getRule());
        context.getKieRuntime().insert(new ActionLink(rule.action(), rule.id(), finding));
    }
}

package dev.itss.rules.resources;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.measure.Subjects;
import dev.itss.model.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * Justification: a service the resources do not fully cover (A-R-01, RES-022): it lacks an agreed
 * SLA, a knowledge article ({@code ServiceOffering.articles}), a monitored configuration item
 * ({@code ServiceOffering.configurationItems}, {@code ConfigurationItem.monitored}) or an emergency
 * plan ({@code EmergencyPlan.services}). It names what the service has besides what it lacks.
 *
 * @param missing        what it lacks, as codes the reports translate ({@code gap:article})
 * @param articles       ids of the articles written for it
 * @param monitoredItems its configuration items under monitoring
 * @param plans          the emergency plans that restore it
 */
public record ServiceNotCovered(Subject subject, List<String> missing, List<String> articles, List<Subject> monitoredItems, List<Subject> plans)
        implements Justification {
    public ServiceNotCovered {
        missing = List.copyOf(missing);
        articles = Lists.sorted(articles);
        monitoredItems = Lists.sorted(monitoredItems);
        plans = Lists.sorted(plans);
    }

    /**
     * From the rule's matches: the service, the monitored items and the plans it joined, and whether
     * the snapshot links articles and configuration items to services at all (a kind of link nobody
     * reports is not a gap).
     */
    public static ServiceNotCovered of(dev.itss.model.ServiceOffering service, List<?> monitoredItems, List<?> plans,
                                       boolean articlesReported, boolean itemsReported) {
        List<String> missing = new ArrayList<>();
        if (service.sla().isEmpty()) {
            missing.add("gap:sla");
        }
        if (service.articles().isEmpty() && articlesReported) {
            missing.add("gap:article");
        }
        if (monitoredItems.isEmpty() && itemsReported) {
            missing.add("gap:monitored-ci");
        }
        if (plans.isEmpty()) {
            missing.add("gap:emergency-plan");
        }
        return new ServiceNotCovered(Subjects.of(service), missing, service.articles(),
                monitoredItems.stream().map(Subjects::of).toList(), plans.stream().map(Subjects::of).toList());
    }
}

package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One IT service in the organisation's service catalogue, with the SLA agreed for it and the
 * ticket counts of the period.
 *
 * @param id      stable identifier, e.g. {@code his} for the hospital information system
 * @param name    display name
 * @param sla     the agreed service level; absent when no SLA was signed
 * @param tickets the period's ticket counts against the SLA; absent when not reported
 * @param deployment how the service was deployed (L-2); absent when not reported
 * @param cataloguedOn day the service was published in the service catalogue (服务目录, L-1);
 *                absent when it is not in the catalogue
 * @param posts   ids of the posts that serve it (their engineers work its tickets)
 * @param configurationItems ids of the configuration items it runs on
 * @param articles ids of the knowledge articles written for it
 * @param spareParts ids of the spare parts its repairs draw on
 *
 * <p>The links are lists of ids, each validated against the snapshot; an empty list means none is
 * linked. Emergency plans name the services they protect ({@link EmergencyPlan#services()}), so the
 * link is stated once, on the plan.
 */
public record ServiceOffering(
        @NotBlank String id,
        @NotBlank String name,
        Optional<@Valid SlaTarget> sla,
        Optional<@Valid TicketCounts> tickets,
        Optional<@Valid Deployment> deployment,
        Optional<LocalDate> cataloguedOn,
        @References("Post") List<@NotBlank String> posts,
        @References("ConfigurationItem") List<@NotBlank String> configurationItems,
        @References("KnowledgeArticle") List<@NotBlank String> articles,
        @References("SparePart") List<@NotBlank String> spareParts) {

    public ServiceOffering {
        sla = Lists.orEmpty(sla);
        tickets = Lists.orEmpty(tickets);
        deployment = Lists.orEmpty(deployment);
        cataloguedOn = Lists.orEmpty(cataloguedOn);
        posts = Lists.copy(posts);
        configurationItems = Lists.copy(configurationItems);
        articles = Lists.copy(articles);
        spareParts = Lists.copy(spareParts);
    }

    /** A service with its deployment and catalogue entry, linked to nothing. */
    public ServiceOffering(String id, String name, Optional<SlaTarget> sla, Optional<TicketCounts> tickets,
                           Optional<Deployment> deployment, Optional<LocalDate> cataloguedOn) {
        this(id, name, sla, tickets, deployment, cataloguedOn, List.of(), List.of(), List.of(), List.of());
    }

    /** A service without deployment facts. */
    public ServiceOffering(String id, String name, Optional<SlaTarget> sla, Optional<TicketCounts> tickets) {
        this(id, name, sla, tickets, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of());
    }
}

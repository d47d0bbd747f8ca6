package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
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
 */
public record ServiceOffering(
        @NotBlank String id,
        @NotBlank String name,
        Optional<@Valid SlaTarget> sla,
        Optional<@Valid TicketCounts> tickets,
        Optional<@Valid Deployment> deployment,
        Optional<LocalDate> cataloguedOn) {

    public ServiceOffering {
        sla = Lists.orEmpty(sla);
        tickets = Lists.orEmpty(tickets);
        deployment = Lists.orEmpty(deployment);
        cataloguedOn = Lists.orEmpty(cataloguedOn);
    }

    /** A service without deployment facts. */
    public ServiceOffering(String id, String name, Optional<SlaTarget> sla, Optional<TicketCounts> tickets) {
        this(id, name, sla, tickets, Optional.empty(), Optional.empty());
    }
}

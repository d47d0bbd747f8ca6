package dev.itss.measure;

import static dev.itss.measure.MetricCatalog.*;

import dev.itss.model.ProcessDefinition;
import dev.itss.model.ServiceOffering;
import dev.itss.model.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The measure stage for process (过程): required processes, services and their SLAs, incidents, changes, routine work and deployment (L-2).
 */
final class ProcessFigures extends ElementFigures {

    ProcessFigures(Sheet sheet) {
        super(sheet);
    }

    @Override
    void measure() {
        process();
    }

    // ------------------------------------------------------------------ process

    private void process() {
        List<ProcessDefinition> definitions = s.process().definitions();
        if (definitions.isEmpty()) {
            notAvailable(REQUIRED_PROCESS_COVERAGE, organisation, "no processes reported (process.definitions)");
            notAvailable(KPI_RELIABILITY, organisation, "no processes reported (process.definitions)");
        } else {
            List<String> required = policy.requiredProcesses();
            if (required.isEmpty()) {
                notAvailable(REQUIRED_PROCESS_COVERAGE, organisation, "the policy requires no process (requiredProcesses)");
            } else {
                Map<String, ProcessDefinition> byId = definitions.stream().collect(Collectors.toMap(ProcessDefinition::id, Function.identity()));
                List<String> missing = new ArrayList<>();
                for (String id : required) {
                    ProcessDefinition definition = byId.get(id);
                    if (definition == null) {
                        missing.add(id + " (process:not-defined)");   // coded: each report says it in its language
                    } else if (definition.documentedOn().isEmpty()) {
                        missing.add(id + " (process:not-documented)");
                    }
                }
                long documented = required.size() - missing.size();
                add(Measurement.of(REQUIRED_PROCESS_COVERAGE, organisation, (double) documented / required.size(),
                        Evidence.count("documented", documented), Evidence.count("required", required.size())));
            }
            for (ProcessDefinition definition : definitions) {
                long reliable = Formulas.reliableKpis(definition.kpis());
                int defined = definition.kpis().size();
                add(Measurement.of(KPI_RELIABILITY, subject("process", definition.id(), definition.name()),
                        Formulas.kpiReliability(definition.kpis()),
                        Evidence.count("reliable", reliable), Evidence.count("defined", defined)));
            }
        }

        List<ServiceOffering> services = sheet.services;   // the export's SLA counts for the services it covers
        if (services.isEmpty()) {
            for (String metric : List.of(SLA_SHORTFALL, SLA_COVERAGE, CATALOGUE_COVERAGE, MAJOR_INCIDENTS)) {
                notAvailable(metric, organisation, "no services reported (services)");
            }
        } else {
            if (services.stream().noneMatch(v -> v.cataloguedOn().isPresent())) {
                notAvailable(CATALOGUE_COVERAGE, organisation, "no service reports its catalogue entry (services[].cataloguedOn)");
            } else {
                List<String> outside = services.stream().filter(v -> v.cataloguedOn().isEmpty()).map(ServiceOffering::name).toList();
                add(Measurement.of(CATALOGUE_COVERAGE, organisation, (double) (services.size() - outside.size()) / services.size(),
                        Evidence.count("catalogued", services.size() - outside.size()), Evidence.count("services", services.size())));
            }
            List<String> withoutSla = services.stream().filter(v -> v.sla().isEmpty()).map(ServiceOffering::name).toList();
            add(Measurement.of(SLA_COVERAGE, organisation, (double) (services.size() - withoutSla.size()) / services.size(),
                    Evidence.count("withSla", services.size() - withoutSla.size()), Evidence.count("services", services.size())));
        }
        deployments(services);
        for (ServiceOffering service : services) {
            Subject subject = subject("service", service.id(), service.name());
            if (service.sla().isEmpty()) {
                notAvailable(SLA_SHORTFALL, subject, "no SLA agreed for the service (services[].sla)");
            } else if (service.tickets().isEmpty() || service.tickets().get().inScope() == 0) {
                notAvailable(SLA_SHORTFALL, subject, "no tickets in scope reported for the service (services[].tickets)");
            } else {
                double target = service.sla().get().attainmentTarget();
                int inScope = service.tickets().get().inScope();
                int met = service.tickets().get().metSla();
                double attainment = (double) met / inScope;
                List<Evidence> evidence = new ArrayList<>(List.of(Evidence.ratio("attainment", attainment), Evidence.ratio("target", target),
                        Evidence.count("metSla", met), Evidence.count("inScope", inScope)));
                if (sheet.servicesFromExport.contains(service.id())) {
                    evidence.add(TICKET_EXPORT);
                }
                add(Measurement.of(SLA_SHORTFALL, subject, target - attainment, evidence.toArray(Evidence[]::new)));
            }
            Optional<Integer> major = service.tickets().flatMap(t -> t.major());
            major.ifPresentOrElse(m -> add(Measurement.of(MAJOR_INCIDENTS, subject, m)),
                    () -> notAvailable(MAJOR_INCIDENTS, subject, "no major-incident count reported (services[].tickets.major)"));
        }

        s.process().incidents().ifPresentOrElse(c -> {
            String none = "no incidents resolved in the period";
            if (!fromExport(INCIDENT_REOPEN_RATE)) {
                ratio(INCIDENT_REOPEN_RATE, organisation, c.reopened(), c.resolved(), none,
                        Evidence.count("reopened", c.reopened()), Evidence.count("resolved", c.resolved()));
            }
            if (!fromExport(INCIDENT_REASSIGNMENT_RATE)) {
                ratio(INCIDENT_REASSIGNMENT_RATE, organisation, c.reassigned(), c.resolved(), none,
                        Evidence.count("reassigned", c.reassigned()), Evidence.count("resolved", c.resolved()));
            }
            if (!fromExport(FIRST_CONTACT_RESOLUTION)) {
                ratio(FIRST_CONTACT_RESOLUTION, organisation, c.resolvedFirstContact(), c.resolved(), none,
                        Evidence.count("firstContact", c.resolvedFirstContact()), Evidence.count("resolved", c.resolved()));
            }
            ratio(ONSITE_RESPONSE_MINUTES, organisation, c.onSiteResponseMinutes(), c.onSiteVisits(), "no on-site visits in the period",
                    Evidence.count("visits", c.onSiteVisits()), new Evidence("responseMinutes", c.onSiteResponseMinutes(), Unit.MINUTES));
            ratio(REMOTE_ESCALATION_RATE, organisation, c.remoteEscalated(), c.remoteHandled(), "no incidents handled remotely",
                    Evidence.count("escalated", c.remoteEscalated()), Evidence.count("remote", c.remoteHandled()));
        }, () -> {
            for (String metric : List.of(INCIDENT_REOPEN_RATE, INCIDENT_REASSIGNMENT_RATE, FIRST_CONTACT_RESOLUTION, ONSITE_RESPONSE_MINUTES, REMOTE_ESCALATION_RATE)) {
                if (!fromExport(metric)) {
                    notAvailable(metric, organisation, "no incident counts reported (process.incidents)");
                }
            }
        });
        s.process().changes().ifPresentOrElse(c -> {
            ratio(PROBLEM_ROOT_CAUSE_RATE, organisation, c.problemsWithRootCause(), c.problems(), "no problems closed in the period",
                    Evidence.count("withRootCause", c.problemsWithRootCause()), Evidence.count("problems", c.problems()));
            if (!fromExport(CHANGE_SUCCESS_RATE)) {
                ratio(CHANGE_SUCCESS_RATE, organisation, c.changes() - c.changesFailed(), c.changes(), "no changes implemented in the period",
                        Evidence.count("failed", c.changesFailed()), Evidence.count("changes", c.changes()));
            }
            if (!fromExport(EMERGENCY_CHANGE_RATE)) {
                ratio(EMERGENCY_CHANGE_RATE, organisation, c.emergencyChanges(), c.changes(), "no changes implemented in the period",
                        Evidence.count("emergency", c.emergencyChanges()), Evidence.count("changes", c.changes()));
            }
            if (!fromExport(RELEASE_ROLLBACK_RATE)) {
                ratio(RELEASE_ROLLBACK_RATE, organisation, c.releasesRolledBack(), c.releases(), "no releases deployed in the period",
                        Evidence.count("rolledBack", c.releasesRolledBack()), Evidence.count("releases", c.releases()));
            }
            ratio(RELEASE_VERSION_RECORD_RATE, organisation, c.releasesWithVersionRecord(), c.releases(), "no releases deployed in the period",
                    Evidence.count("recorded", c.releasesWithVersionRecord()), Evidence.count("releases", c.releases()));
        }, () -> {
            for (String metric : List.of(PROBLEM_ROOT_CAUSE_RATE, CHANGE_SUCCESS_RATE, EMERGENCY_CHANGE_RATE, RELEASE_ROLLBACK_RATE, RELEASE_VERSION_RECORD_RATE)) {
                if (!fromExport(metric)) {
                    notAvailable(metric, organisation, "no problem, change and release counts reported (process.changes)");
                }
            }
        });
        s.process().routine().ifPresentOrElse(r -> {
            ratio(INSPECTION_COMPLETION, organisation, r.inspectionsPerformed(), r.inspectionsPlanned(), "no inspections planned in the period",
                    Evidence.count("performed", r.inspectionsPerformed()), Evidence.count("planned", r.inspectionsPlanned()));
            ratio(TERMINAL_RECYCLING_RECORD_RATE, organisation, r.terminalsRecycledWithRecord(), r.terminalsRetired(), "no terminals retired in the period",
                    Evidence.count("recorded", r.terminalsRecycledWithRecord()), Evidence.count("retired", r.terminalsRetired()));
        }, () -> {
            notAvailable(INSPECTION_COMPLETION, organisation, "no routine counts reported (process.routine)");
            notAvailable(TERMINAL_RECYCLING_RECORD_RATE, organisation, "no routine counts reported (process.routine)");
        });
        if (s.process().configurationItems().isEmpty()) {
            notAvailable(CI_REPEAT_INCIDENTS, organisation, "no incidents per configuration item reported (process.configurationItems)");
        }
        s.process().configurationItems().forEach(ci -> add(Measurement.of(CI_REPEAT_INCIDENTS, subject("configuration-item", ci.id(), ci.name()),
                Formulas.repeatIncidents(ci.incidents(), ci.problemRecords()), Evidence.count("incidents", ci.incidents()),
                Evidence.count("problemRecords", ci.problemRecords()))));
        s.process().satisfaction().ifPresentOrElse(v -> ratio(USER_SATISFACTION, organisation, v.satisfied(), v.responses(),
                        "no survey answers in the period", Evidence.count("satisfied", v.satisfied()), Evidence.count("responses", v.responses())),
                () -> notAvailable(USER_SATISFACTION, organisation, "no satisfaction survey reported (process.satisfaction)"));
    }

    /** Lifecycle L-2: what the deployment of each service left in place. */
    private void deployments(List<ServiceOffering> services) {
        List<ServiceOffering> deployed = services.stream().filter(v -> v.deployment().isPresent()).toList();
        if (deployed.isEmpty()) {
            for (String metric : List.of(KNOWLEDGE_TRANSFER_RATE, TEST_ENVIRONMENT_RATE, DRILLED_AFTER_DEPLOYMENT_RATE)) {
                notAvailable(metric, organisation, "no deployment facts reported (services[].deployment)");
            }
            return;
        }
        deploymentShare(KNOWLEDGE_TRANSFER_RATE, deployed, v -> !Formulas.deployedWithoutTransfer(v.deployment()));
        deploymentShare(TEST_ENVIRONMENT_RATE, deployed, v -> !Formulas.deployedWithoutTestEnvironment(v.deployment()));
        deploymentShare(DRILLED_AFTER_DEPLOYMENT_RATE, deployed, v -> !Formulas.deployedWithoutDrill(v.deployment()));
    }

    /** The share of deployed services that did what the predicate asks; the rules name the others. */
    private void deploymentShare(String metric, List<ServiceOffering> deployed, java.util.function.Predicate<ServiceOffering> done) {
        long count = deployed.stream().filter(done).count();
        add(Measurement.of(metric, organisation, (double) count / deployed.size(),
                Evidence.count("done", count), Evidence.count("deployed", deployed.size())));
    }

}

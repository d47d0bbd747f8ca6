package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The state of one O&amp;M service organisation over one period: the input of an assessment.
 *
 * <p>Sections that were not reported are empty, and the metrics that need them are measured as
 * not available (missing data is never a pass).
 *
 * <pre>{@code
 * ServiceSnapshot snapshot = SnapshotReader.standard().read(Path.of("hospital/snapshot.yaml"));
 * Assessment assessment = AssessmentEngine.load().assess(snapshot);
 * }</pre>
 *
 * @param organisation the organisation assessed
 * @param period       the period the figures cover
 * @param services     the services delivered, with their SLAs
 * @param people       people element
 * @param resources    resources element
 * @param technology   technology element
 * @param process      process element
 * @param supervision  supervision (L-5): quality, risks, information security; absent when not reported
 * @param figures      figures of rule packs' own metrics, measured outside the library ({@link DeclaredFigure})
 * @param events       the period's major incidents, complaints and service-content changes, each of which
 *                     starts an ad hoc service review ({@link ServiceEvent})
 */
public record ServiceSnapshot(
        @NotNull @Valid Organisation organisation,
        @NotNull @Valid Period period,
        List<@NotNull @Valid ServiceOffering> services,
        @Valid People people,
        @Valid Resources resources,
        @Valid Technology technology,
        @Valid Processes process,
        Optional<@Valid Supervision> supervision,
        List<@NotNull @Valid DeclaredFigure> figures,
        List<@NotNull @Valid ServiceEvent> events) {

    public ServiceSnapshot {
        figures = Lists.copy(figures);
        events = Lists.copy(events);
        services = Lists.copy(services);
        people = people == null ? People.none() : people;
        resources = resources == null ? Resources.none() : resources;
        technology = technology == null ? Technology.none() : technology;
        process = process == null ? Processes.none() : process;
        supervision = Lists.orEmpty(supervision);
    }

    /** A snapshot without events. */
    public ServiceSnapshot(Organisation organisation, Period period, List<ServiceOffering> services, People people,
                           Resources resources, Technology technology, Processes process, Optional<Supervision> supervision,
                           List<DeclaredFigure> figures) {
        this(organisation, period, services, people, resources, technology, process, supervision, figures, List.of());
    }

    /** A snapshot without declared figures of pack metrics. */
    public ServiceSnapshot(Organisation organisation, Period period, List<ServiceOffering> services, People people,
                           Resources resources, Technology technology, Processes process, Optional<Supervision> supervision) {
        this(organisation, period, services, people, resources, technology, process, supervision, List.of(), List.of());
    }

    /** A snapshot without a supervision section. */
    public ServiceSnapshot(Organisation organisation, Period period, List<ServiceOffering> services, People people,
                           Resources resources, Technology technology, Processes process) {
        this(organisation, period, services, people, resources, technology, process, Optional.empty());
    }
}

package dev.itss.measure;

import dev.itss.model.Activity;
import dev.itss.model.ConfigurationItem;
import dev.itss.model.Departure;
import dev.itss.model.EmergencyPlan;
import dev.itss.model.Engineer;
import dev.itss.model.KnowledgeArticle;
import dev.itss.model.Period;
import dev.itss.model.PlanItem;
import dev.itss.model.Post;
import dev.itss.model.ProcessDefinition;
import dev.itss.model.Risk;
import dev.itss.model.SecurityPolicy;
import dev.itss.model.ServiceDesk;
import dev.itss.model.ServiceOffering;
import dev.itss.model.Sop;
import dev.itss.model.SparePart;
import dev.itss.model.Subject;
import dev.itss.model.Supervision;
import dev.itss.model.TechnicalOutput;
import dev.itss.model.TechnicalStandard;
import dev.itss.model.Tool;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the check stage reads, and all it reads: the organisation's entities, the figures measured
 * from counts and records (per ticket group too), and the policy's bands. Rule engines insert
 * every entity, figure and band into their session; rules match and join them. A figure measured
 * from records has already taken the place of the declared one, in the figures and in the
 * entities (a spare part's last issue, an engineer's hours).
 *
 * <pre>{@code
 * Facts facts = Measurer.facts(snapshot, policy, records, thresholds, MetricCatalog.standard());
 * facts.posts().forEach(p -> System.out.println(p.id() + " needs " + p.requiredHeadcount()));
 * }</pre>
 *
 * <p>Each component is described where it is declared ({@link FactDoc}), and listed with its
 * type's fields, units and links in {@code docs/facts.md}.
 */
public record Facts(
        @FactDoc("the organisation, the subject of organisation-wide findings (a Subject fact, kind organisation)") Subject organisation,
        @FactDoc("the period assessed; ages are measured at its end (a Period fact)") Period period,
        @FactDoc("posts (people.posts)") List<Post> posts,
        @FactDoc("engineers (people.engineers)") List<Engineer> engineers,
        @FactDoc("each engineer's hours, from the timesheets where they give them, else as declared") List<Workload> workloads,
        @FactDoc("engineers who left in the period (people.departures)") List<Departure> departures,
        @FactDoc("routine O&M activities (technology.activities)") List<Activity> activities,
        @FactDoc("standard operating procedures (technology.sops)") List<Sop> sops,
        @FactDoc("emergency plans (technology.emergencyPlans)") List<EmergencyPlan> emergencyPlans,
        @FactDoc("items of the technology plan (technology.plan)") List<PlanItem> planItems,
        @FactDoc("technical outputs (technology.outputs)") List<TechnicalOutput> outputs,
        @FactDoc("technical standards (technology.standards)") List<TechnicalStandard> standards,
        @FactDoc("knowledge articles (resources.knowledge.articles)") List<KnowledgeArticle> articles,
        @FactDoc("spare parts, last use brought up to date by the movement records (resources.spareParts)") List<SparePart> spareParts,
        @FactDoc("service tools (resources.tools)") List<Tool> tools,
        @FactDoc("services delivered (services)") List<ServiceOffering> services,
        @FactDoc("incidents per configuration item (process.configurationItems)") List<ConfigurationItem> configurationItems,
        @FactDoc("process definitions (process.definitions)") List<ProcessDefinition> processes,
        @FactDoc("processes the policy requires (requiredProcesses of the policy)") List<RequiredProcess> requiredProcesses,
        @FactDoc("the risk register (supervision.risks)") List<Risk> risks,
        @FactDoc("the supervision section, when reported") Optional<Supervision> supervision,
        @FactDoc("the information-security policy, when there is one") Optional<SecurityPolicy> securityPolicy,
        @FactDoc("the service desk's counts and the post that staffs it, when reported (resources.serviceDesk)") Optional<ServiceDesk> serviceDesk,
        @FactDoc("every catalogue figure, measured or not available; the measured ones are inserted, one Measurement fact each (docs/metrics.md)") Measurements figures,
        @FactDoc("one Threshold fact per metric that has a band in the policy: warning and breach bounds and the metric's direction") List<Threshold> bands,
        @FactDoc("why a kind of fact is missing, by fact type; not inserted (it drives NOT_AVAILABLE)") Map<String, String> absent) {

    public Facts {
        posts = List.copyOf(posts);
        engineers = List.copyOf(engineers);
        workloads = List.copyOf(workloads);
        departures = List.copyOf(departures);
        activities = List.copyOf(activities);
        sops = List.copyOf(sops);
        emergencyPlans = List.copyOf(emergencyPlans);
        planItems = List.copyOf(planItems);
        outputs = List.copyOf(outputs);
        standards = List.copyOf(standards);
        articles = List.copyOf(articles);
        spareParts = List.copyOf(spareParts);
        tools = List.copyOf(tools);
        services = List.copyOf(services);
        configurationItems = List.copyOf(configurationItems);
        processes = List.copyOf(processes);
        requiredProcesses = List.copyOf(requiredProcesses);
        risks = List.copyOf(risks);
        bands = List.copyOf(bands);
        absent = Map.copyOf(absent);
    }

    /**
     * Facts with figures and bands only, no entities: for engines and tests that judge figures.
     * Every kind of entity is reported absent, with the reason "no entities given".
     */
    public static Facts ofFigures(Subject organisation, Period period, Measurements figures, List<Threshold> bands) {
        Map<String, String> absent = new java.util.LinkedHashMap<>();
        TYPES.forEach(t -> absent.put(t, "no entities given (figures only)"));
        return new Facts(organisation, period, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), figures, bands, absent);
    }

    /**
     * Every fact to insert into a rule session, once each: the organisation's subject, the period,
     * the entities, the measured figures and the bands. Figures that could not be measured are not
     * inserted: the engine reports them NOT_AVAILABLE for the rules that declare them as inputs.
     */
    public List<Object> all() {
        List<Object> out = new ArrayList<>(figures.all().size() + bands.size() + 64);
        out.add(organisation);
        out.add(period);
        out.addAll(posts);
        out.addAll(engineers);
        out.addAll(workloads);
        out.addAll(departures);
        out.addAll(activities);
        out.addAll(sops);
        out.addAll(emergencyPlans);
        out.addAll(planItems);
        out.addAll(outputs);
        out.addAll(standards);
        out.addAll(articles);
        out.addAll(spareParts);
        out.addAll(tools);
        out.addAll(services);
        out.addAll(configurationItems);
        out.addAll(processes);
        out.addAll(requiredProcesses);
        out.addAll(risks);
        supervision.ifPresent(out::add);
        securityPolicy.ifPresent(out::add);
        serviceDesk.ifPresent(out::add);
        for (Measurement figure : figures.all()) {
            if (figure.available()) {   // a figure that could not be measured is reported NOT_AVAILABLE, not matched
                out.add(figure);
            }
        }
        out.addAll(bands);
        return out;
    }

    /**
     * The component of each kind of entity, by its fact type's simple name ({@code Post} ->
     * {@code posts}): read from this record, so that a new component is a new fact type.
     */
    private static final Map<String, RecordComponent> ENTITY_COMPONENTS = entityComponents();

    /** The fact types a rule may name in {@code @inputs}: the entities' types, in component order. */
    public static final List<String> TYPES = List.copyOf(ENTITY_COMPONENTS.keySet());

    private static Map<String, RecordComponent> entityComponents() {
        Map<String, RecordComponent> out = new LinkedHashMap<>();
        for (RecordComponent component : Facts.class.getRecordComponents()) {
            entityType(component).filter(t -> t != Threshold.class).ifPresent(t -> out.put(t.getSimpleName(), component));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The type of entity a component holds: the element of a list or optional of records, empty
     * for the organisation, the period, the figures, the bands' map of absences.
     */
    public static Optional<Class<?>> entityType(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType p
                && (p.getRawType() == List.class || p.getRawType() == Optional.class)
                && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return Optional.of(element);
        }
        return Optional.empty();
    }

    /** The entities of one fact type (by simple name, e.g. {@code Post}), for candidates and missing data. */
    public List<?> ofType(String type) {
        RecordComponent component = ENTITY_COMPONENTS.get(type);
        if (component == null) {
            throw new IllegalArgumentException("unknown fact type '" + type + "'; known: " + TYPES);
        }
        Object value;
        try {
            value = component.getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read Facts." + component.getName(), e);
        }
        return value instanceof Optional<?> optional ? optional.stream().toList() : (List<?>) value;
    }

    /** Why facts of this type are missing, when the snapshot did not report them. */
    public Optional<String> absence(String type) {
        return Optional.ofNullable(absent.get(type));
    }
}

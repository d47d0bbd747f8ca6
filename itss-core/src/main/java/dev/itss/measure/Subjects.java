package dev.itss.measure;

import dev.itss.model.Activity;
import dev.itss.model.ConfigurationItem;
import dev.itss.model.Departure;
import dev.itss.model.EmergencyPlan;
import dev.itss.model.Engineer;
import dev.itss.model.KnowledgeArticle;
import dev.itss.model.PlanItem;
import dev.itss.model.Post;
import dev.itss.model.ProcessDefinition;
import dev.itss.model.Risk;
import dev.itss.model.ServiceOffering;
import dev.itss.model.Sop;
import dev.itss.model.SparePart;
import dev.itss.model.Subject;
import dev.itss.model.TechnicalOutput;
import dev.itss.model.TechnicalStandard;
import dev.itss.model.Tool;
import java.util.Map;
import java.util.Optional;

/**
 * The subject of a finding about an entity ({@code post:desk "Service desk"}), and where each kind
 * of entity lives in the snapshot: one table for the rules, the missing-data reports and
 * {@code docs/facts.md}.
 *
 * <pre>{@code
 * Subject subject = Subjects.of(post);   // post:desk "Service desk"
 * }</pre>
 */
public final class Subjects {
    private Subjects() {}

    /**
     * The subject kinds an organisation has exactly one of: itself and its service desk, knowledge
     * base and spare-parts store. A metric about one of these is a figure of the whole organisation
     * (what a review's operations analysis shows); the other kinds are entities, many per organisation.
     */
    public static final java.util.Set<String> ORGANISATION_WIDE = java.util.Set.of("organisation", "service-desk", "knowledge-base", "spare-parts-store");

    /** A kind of entity: the subject kind of its findings and its path in the snapshot. */
    public record Kind(String subjectKind, String path) {}

    /** By fact type simple name. */
    public static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("Post", new Kind("post", "people.posts")),
            Map.entry("Engineer", new Kind("engineer", "people.engineers")),
            Map.entry("Workload", new Kind("engineer", "people.engineers[] hours, or the timesheets")),
            Map.entry("Departure", new Kind("departure", "people.departures")),
            Map.entry("Activity", new Kind("activity", "technology.activities")),
            Map.entry("Sop", new Kind("sop", "technology.sops")),
            Map.entry("EmergencyPlan", new Kind("emergency-plan", "technology.emergencyPlans")),
            Map.entry("PlanItem", new Kind("plan-item", "technology.plan")),
            Map.entry("TechnicalOutput", new Kind("technical-output", "technology.outputs")),
            Map.entry("TechnicalStandard", new Kind("standard", "technology.standards")),
            Map.entry("KnowledgeArticle", new Kind("article", "resources.knowledge.articles")),
            Map.entry("SparePart", new Kind("spare-part", "resources.spareParts")),
            Map.entry("Tool", new Kind("tool", "resources.tools")),
            Map.entry("ServiceOffering", new Kind("service", "services")),
            Map.entry("ConfigurationItem", new Kind("configuration-item", "process.configurationItems")),
            Map.entry("ProcessDefinition", new Kind("process", "process.definitions")),
            Map.entry("RequiredProcess", new Kind("process", "the policy's requiredProcesses")),
            Map.entry("Risk", new Kind("risk", "supervision.risks")),
            Map.entry("Supervision", new Kind("organisation", "supervision")),
            Map.entry("SecurityPolicy", new Kind("organisation", "supervision.securityPolicy")),
            Map.entry("ServiceDesk", new Kind("service-desk", "resources.serviceDesk")));

    /** The kind of a fact type, or empty for a type that is not an entity of the model. */
    public static Optional<Kind> kind(String type) {
        return Optional.ofNullable(KINDS.get(type));
    }

    /** Whether the subject is of this kind (for rule constraints, which cannot navigate into a record component). */
    public static boolean isKind(Subject subject, String kind) {
        return subject.kind().equals(kind);
    }

    /** Whether the subject is the entity's (a figure about this service, for a rule that joins the entity and its figure). */
    public static boolean isOf(Subject subject, Object entity) {
        return find(entity).map(subject::equals).orElse(false);
    }

    /**
     * The subject of an entity.
     *
     * @throws IllegalArgumentException for an object that is not an entity with an id
     */
    public static Subject of(Object entity) {
        return find(entity).orElseThrow(() -> new IllegalArgumentException("not an entity with an id: " + entity.getClass().getName()));
    }

    /** The subject of an entity, or empty for any other object (a band, the period, a justification). */
    public static Optional<Subject> find(Object entity) {
        Subject subject = subjectOf(entity);
        return Optional.ofNullable(subject);
    }

    /** A subject of the kind the table gives the fact type. */
    private static Subject named(String type, String id, String name) {
        return new Subject(KINDS.get(type).subjectKind(), id, name);
    }

    private static Subject subjectOf(Object entity) {
        if (entity instanceof Post p) {
            return named("Post", p.id(), p.name());
        }
        if (entity instanceof Engineer e) {
            return named("Engineer", e.id(), e.name());
        }
        if (entity instanceof Workload w) {
            return w.engineer();
        }
        if (entity instanceof Departure d) {
            return named("Departure", d.id(), d.id());
        }
        if (entity instanceof Activity a) {
            return named("Activity", a.id(), a.name());
        }
        if (entity instanceof Sop s) {
            return named("Sop", s.id(), s.id());
        }
        if (entity instanceof EmergencyPlan e) {
            return named("EmergencyPlan", e.id(), e.scenario());
        }
        if (entity instanceof PlanItem i) {
            return named("PlanItem", i.id(), i.name());
        }
        if (entity instanceof TechnicalOutput o) {
            return named("TechnicalOutput", o.id(), o.name());
        }
        if (entity instanceof TechnicalStandard t) {
            return named("TechnicalStandard", t.id(), t.name());
        }
        if (entity instanceof KnowledgeArticle a) {
            return named("KnowledgeArticle", a.id(), a.title());
        }
        if (entity instanceof SparePart s) {
            return named("SparePart", s.id(), s.name());
        }
        if (entity instanceof Tool t) {
            return named("Tool", t.id(), t.name());
        }
        if (entity instanceof ServiceOffering s) {
            return named("ServiceOffering", s.id(), s.name());
        }
        if (entity instanceof ConfigurationItem c) {
            return named("ConfigurationItem", c.id(), c.name());
        }
        if (entity instanceof ProcessDefinition p) {
            return named("ProcessDefinition", p.id(), p.name());
        }
        if (entity instanceof RequiredProcess r) {
            return named("RequiredProcess", r.id(), r.id());
        }
        if (entity instanceof Risk r) {
            return named("Risk", r.id(), r.name());
        }
        return null;
    }
}

package dev.itss.test;

import dev.itss.model.Activity;
import dev.itss.model.Drill;
import dev.itss.model.EmergencyPlan;
import dev.itss.model.Engineer;
import dev.itss.model.KnowledgeArticle;
import dev.itss.model.KnowledgeBase;
import dev.itss.model.KpiSource;
import dev.itss.model.Organisation;
import dev.itss.model.People;
import dev.itss.model.Period;
import dev.itss.model.Post;
import dev.itss.model.ProcessDefinition;
import dev.itss.model.ProcessKpi;
import dev.itss.model.Risk;
import dev.itss.model.SecurityPolicy;
import dev.itss.model.Processes;
import dev.itss.model.Resources;
import dev.itss.model.ServiceDesk;
import dev.itss.model.ServiceOffering;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SlaTarget;
import dev.itss.model.Sop;
import dev.itss.model.SparePart;
import dev.itss.model.Supervision;
import dev.itss.model.Technology;
import dev.itss.model.TicketCounts;
import dev.itss.model.Tool;
import dev.itss.model.WorkMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Valid organisations from a seed, for property tests and benchmarks: every reference resolves,
 * every count bound holds, every date lies in the past of the period end. The same seed (and
 * size) gives the same snapshot; print the seed with a failure and the case is reproduced.
 *
 * <ul>
 *   <li>{@link #varied(long)}: a small organisation whose sections are sometimes left out, so that
 *       the rules' NOT_AVAILABLE paths run too;</li>
 *   <li>{@link #ofSize(long, Size)}: an organisation of a given size, every section present and
 *       linked as a real one is (services to the posts that serve them, their items and articles;
 *       plans to services; risks to posts and services; the desk to a post), with the problems a
 *       real one has spread through it (understaffed posts, skills nobody or only one engineer
 *       holds, overtime, stale parts, old articles, unmonitored items, untreated risks, undrilled
 *       plans), so that every entity rule has work at every size.</li>
 * </ul>
 *
 * <pre>{@code
 * ServiceSnapshot small = Organisations.varied(42);
 * ServiceSnapshot large = Organisations.ofSize(42, Organisations.Size.LARGE);   // 2,000 engineers, 20,000 parts...
 * ServiceSnapshot tenth = Organisations.ofSize(42, Organisations.Size.LARGE.scaled(0.1));
 * }</pre>
 */
public final class Organisations {
    private static final LocalDate END = LocalDate.of(2026, 9, 30);
    private static final List<String> PROCESSES = List.of("incident", "problem", "change", "release", "configuration", "service-level", "capacity");

    private final Random random;

    private Organisations(long seed) {
        this.random = new Random(seed);
    }

    /** A small organisation from the seed; each section is left out one time in five. */
    public static ServiceSnapshot varied(long seed) {
        return new Organisations(seed).next();
    }

    /**
     * How large a generated organisation is.
     *
     * @param posts              posts (each with a required headcount)
     * @param engineers          engineers spread over the posts
     * @param services           services with SLA and ticket counts
     * @param spareParts         spare parts in the store
     * @param articles           knowledge articles
     * @param configurationItems configuration items with incident and problem counts
     */
    public record Size(int posts, int engineers, int services, int spareParts, int articles, int configurationItems) {
        /** The large organisation of the benchmarks: 200 posts, 2,000 engineers, 500 services, 20,000 spare parts, 50,000 articles, 1,000 items. */
        public static final Size LARGE = new Size(200, 2_000, 500, 20_000, 50_000, 1_000);

        /** Every count times the factor, at least 1. */
        public Size scaled(double factor) {
            return new Size(atLeastOne(posts * factor), atLeastOne(engineers * factor), atLeastOne(services * factor),
                    atLeastOne(spareParts * factor), atLeastOne(articles * factor), atLeastOne(configurationItems * factor));
        }

        private static int atLeastOne(double value) {
            return (int) Math.max(1, Math.round(value));
        }
    }

    /** An organisation of the given size from the seed, every section present. */
    public static ServiceSnapshot ofSize(long seed, Size size) {
        return new Organisations(seed).sized(size);
    }

    private ServiceSnapshot sized(Size size) {
        List<ServiceOffering> services = new ArrayList<>();
        for (int i = 0; i < size.services(); i++) {
            int inScope = 50 + random.nextInt(500);
            // one service in four misses its SLA
            int met = random.nextInt(4) == 0 ? (int) (inScope * (0.8 + random.nextDouble() * 0.1)) : inScope - random.nextInt(Math.max(1, inScope / 50));
            // linked as a real organisation links them: the posts that serve it, its items and articles
            services.add(new ServiceOffering("s" + i, "Service " + i, random.nextInt(20) == 0 ? Optional.empty() : Optional.of(new SlaTarget(0.95)),
                    Optional.of(new TicketCounts(inScope, met, Optional.of(random.nextInt(3)))), Optional.empty(),
                    random.nextInt(10) == 0 ? Optional.empty() : Optional.of(END.minusDays(random.nextInt(700))),
                    someOf("p", size.posts(), 1 + random.nextInt(2)), someOf("ci", size.configurationItems(), random.nextInt(4)),
                    someOf("kb", size.articles(), random.nextInt(3)), List.of()));
        }
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < size.posts(); i++) {
            // about as many engineers as posts need, so that some posts are understaffed and some not;
            // one post in ten requires a skill nobody holds
            List<String> required = random.nextInt(10) == 0 ? List.of(skill(), "rare-skill" + i) : List.of(skill());
            posts.add(new Post("p" + i, "Post " + i, Math.max(1, size.engineers() / size.posts() + random.nextInt(3) - 1), required,
                    random.nextInt(5) == 0 ? Optional.empty() : Optional.of(END.minusDays(random.nextInt(900)))));
        }
        List<Engineer> engineers = new ArrayList<>();
        for (int i = 0; i < size.engineers(); i++) {
            int post = random.nextInt(size.posts());
            List<String> backup = size.posts() == 1 || random.nextInt(3) > 0 ? List.of() : List.of("p" + ((post + 1) % size.posts()));
            double contracted = 480 + random.nextInt(40);
            double worked = contracted * (0.85 + random.nextDouble() * 0.3);   // some work overtime
            // one engineer in fifty holds a skill of their own, which no article may cover
            List<String> skills = random.nextInt(50) == 0 ? List.of(skill(), "own-skill" + i) : someOf("skill", 20, 2);
            engineers.add(new Engineer("e" + i, "Engineer " + i, "p" + post, skills, backup, contracted, worked,
                    random.nextBoolean() ? WorkMode.ON_SITE : WorkMode.REMOTE, Optional.of((double) random.nextInt(100)),
                    Optional.of(END.minusDays(random.nextInt(2000))), Optional.of(50.0 + random.nextInt(51))));   // a KPI score of 0 to 100
        }
        int offered = 1_000 + random.nextInt(20_000);
        int answered = (int) (offered * (0.8 + random.nextDouble() * 0.19));
        int dispatched = answered / 2;
        ServiceDesk desk = new ServiceDesk(offered, answered, answered, dispatched, dispatched - random.nextInt(Math.max(1, dispatched / 10)),
                Optional.empty(), Optional.empty(), Optional.of("p0"));
        List<SparePart> parts = new ArrayList<>();
        for (int i = 0; i < size.spareParts(); i++) {
            LocalDate stocked = END.minusDays(random.nextInt(1500));
            int requests = random.nextInt(30);
            Optional<LocalDate> lastUsed = random.nextInt(3) == 0 ? Optional.empty()
                    : Optional.of(stocked.plusDays(random.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(stocked, END) + 1)));
            parts.add(new SparePart("sp" + i, "Part " + i, random.nextInt(20), BigDecimal.valueOf(random.nextInt(5000)), stocked, lastUsed,
                    requests, requests == 0 ? 0 : random.nextInt(requests + 1), random.nextInt(3)));
        }
        // an article documents skills the organisation knows of: held by an engineer or required by a post
        java.util.Set<String> known = new java.util.TreeSet<>();
        engineers.forEach(e -> known.addAll(e.skills()));
        posts.forEach(p -> known.addAll(p.requiredSkills()));
        known.removeIf(k -> !k.startsWith("skill"));   // the rare and own skills stay undocumented
        List<String> documentable = List.copyOf(known);
        List<KnowledgeArticle> articles = new ArrayList<>();
        for (int i = 0; i < size.articles(); i++) {
            LocalDate created = END.minusDays(random.nextInt(2000));
            Optional<LocalDate> updated = random.nextBoolean() ? Optional.empty()
                    : Optional.of(created.plusDays(random.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(created, END) + 1)));
            articles.add(new KnowledgeArticle("kb" + i, "Article " + i, "category" + random.nextInt(12), created, updated, random.nextInt(50),
                    random.nextInt(3) == 0 && !documentable.isEmpty() ? List.of(documentable.get(random.nextInt(documentable.size()))) : List.of()));
        }
        int resolved = services.stream().mapToInt(s -> s.tickets().orElseThrow().inScope()).sum();
        int withArticle = random.nextInt(resolved + 1);
        List<Tool> tools = new ArrayList<>();
        for (int i = 0; i < Math.max(1, size.services() / 25); i++) {
            int requirements = 5 + random.nextInt(10);
            double planned = 2_000;
            tools.add(new Tool("t" + i, "Tool " + i, requirements, requirements - random.nextInt(3), planned, (double) random.nextInt(60),
                    random.nextInt(6), Optional.of(2.5 + random.nextInt(26) / 10.0)));
        }
        Resources resources = new Resources(Optional.of(desk), parts, Optional.of(new KnowledgeBase(articles, withArticle, resolved - withArticle)), tools);
        List<Activity> activities = new ArrayList<>();
        List<Sop> sops = new ArrayList<>();
        List<EmergencyPlan> plans = new ArrayList<>();
        int routine = Math.max(1, size.services() / 5);
        for (int i = 0; i < routine; i++) {
            activities.add(new Activity("a" + i, "Activity " + i));
            if (random.nextInt(4) > 0) {
                sops.add(new Sop("sop" + i, "a" + i, END.minusDays(random.nextInt(1200))));
            }
            LocalDate approved = END.minusDays(random.nextInt(1000));
            plans.add(new EmergencyPlan("ep" + i, "Scenario " + i, approved, random.nextBoolean() ? List.of()
                    : List.of(new Drill(approved.plusDays(random.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(approved, END) + 1)))),
                    someOf("s", size.services(), 1 + random.nextInt(3)), List.of()));
        }
        List<ProcessDefinition> definitions = new ArrayList<>();
        for (String id : PROCESSES) {
            definitions.add(new ProcessDefinition(id, id, random.nextInt(4) == 0 ? Optional.empty() : Optional.of(END.minusDays(random.nextInt(900))),
                    List.of(new ProcessKpi("kpi-" + id, random.nextBoolean() ? KpiSource.MANUAL : KpiSource.SYSTEM_OF_RECORD))));
        }
        List<dev.itss.model.ConfigurationItem> items = new ArrayList<>();
        for (int i = 0; i < size.configurationItems(); i++) {
            int incidents = random.nextInt(20);
            items.add(new dev.itss.model.ConfigurationItem("ci" + i, "Item " + i, incidents, incidents == 0 ? 0 : random.nextInt(Math.min(incidents, 3) + 1),
                    Optional.of(random.nextInt(3) > 0)));
        }
        // the risk register: one risk per four posts, a third untreated, each threatening a post and a service
        List<Risk> risks = new ArrayList<>();
        for (int i = 0; i < Math.max(1, size.posts() / 4); i++) {
            risks.add(new Risk("r" + i, "Risk " + i, random.nextInt(3) == 0 ? Optional.empty() : Optional.of(END.minusDays(random.nextInt(300))),
                    END.plusDays(random.nextInt(200) - 60), someOf("p", size.posts(), 1), someOf("s", size.services(), 1)));
        }
        Supervision supervision = new Supervision(Optional.empty(), risks,
                Optional.of(new SecurityPolicy(END.minusDays(900), END.minusDays(random.nextInt(700)))));
        Processes processes = new Processes(definitions, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), items);
        return new ServiceSnapshot(new Organisation("org", "Generated " + size.engineers()), new Period(END.minusMonths(3).plusDays(1), END),
                services, new People(posts, engineers), resources, new Technology(activities, sops, plans), processes, Optional.of(supervision));
    }

    /** One of twenty common skills. */
    private String skill() {
        return "skill" + random.nextInt(20);
    }

    /** {@code count} distinct ids {@code prefix + n} with n below {@code bound}. */
    private List<String> someOf(String prefix, int bound, int count) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (int i = 0; i < Math.min(count, bound); i++) {
            ids.add(prefix + random.nextInt(bound));
        }
        return List.copyOf(ids);
    }

    private ServiceSnapshot next() {
        return new ServiceSnapshot(new Organisation("org", "Generated"), new Period(END.minusMonths(3).plusDays(1), END),
                maybe(this::services), maybe(this::people), resources(), maybe(this::technology), maybe(this::processes));
    }

    private <T> T maybe(java.util.function.Supplier<T> section) {
        return random.nextInt(5) == 0 ? null : section.get();
    }

    private List<ServiceOffering> services() {
        List<ServiceOffering> services = new ArrayList<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            int inScope = random.nextInt(500);
            services.add(new ServiceOffering("s" + i, "Service " + i,
                    random.nextInt(4) == 0 ? Optional.empty() : Optional.of(new SlaTarget(0.8 + random.nextInt(20) / 100.0)),
                    random.nextInt(4) == 0 ? Optional.empty() : Optional.of(new TicketCounts(inScope, inScope == 0 ? 0 : random.nextInt(inScope + 1)))));
        }
        return services;
    }

    private People people() {
        List<Post> posts = new ArrayList<>();
        int postCount = random.nextInt(6);
        for (int i = 0; i < postCount; i++) {
            posts.add(new Post("p" + i, "Post " + i, 1 + random.nextInt(4)));
        }
        List<Engineer> engineers = new ArrayList<>();
        for (int i = 0; postCount > 0 && i < random.nextInt(12); i++) {
            int post = random.nextInt(postCount);
            List<String> backup = random.nextBoolean() || postCount == 1 ? List.of() : List.of("p" + ((post + 1) % postCount));
            engineers.add(new Engineer("e" + i, "Engineer " + i, "p" + post, List.of("skill" + random.nextInt(3)), backup,
                    (double) random.nextInt(600), (double) random.nextInt(700), random.nextBoolean() ? WorkMode.ON_SITE : WorkMode.REMOTE));
        }
        return new People(posts, engineers);
    }

    private Resources resources() {
        Optional<ServiceDesk> desk = Optional.empty();
        if (random.nextInt(4) > 0) {
            int offered = random.nextInt(5000);
            int dispatched = random.nextInt(3000);
            desk = Optional.of(new ServiceDesk(offered, offered == 0 ? 0 : random.nextInt(offered + 1), random.nextInt(3000),
                    dispatched, dispatched == 0 ? 0 : random.nextInt(dispatched + 1)));
        }
        List<SparePart> parts = new ArrayList<>();
        for (int i = 0; i < random.nextInt(5); i++) {
            LocalDate stocked = END.minusDays(random.nextInt(1500));
            int requests = random.nextInt(30);
            Optional<LocalDate> lastUsed = random.nextBoolean() ? Optional.empty()
                    : Optional.of(stocked.plusDays(random.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(stocked, END) + 1)));
            parts.add(new SparePart("sp" + i, "Part " + i, random.nextInt(20), BigDecimal.valueOf(random.nextInt(5000)), stocked, lastUsed,
                    requests, requests == 0 ? 0 : random.nextInt(requests + 1), random.nextInt(3)));
        }
        Optional<KnowledgeBase> knowledge = random.nextInt(4) == 0 ? Optional.empty()
                : Optional.of(new KnowledgeBase(List.of(new KnowledgeArticle("kb1", "Article", "general", END.minusDays(100), Optional.empty(), 3)),
                        random.nextInt(500), random.nextInt(2000)));
        return new Resources(desk, parts, knowledge);
    }

    private Technology technology() {
        List<Activity> activities = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            activities.add(new Activity("a" + i, "Activity " + i));
        }
        List<Sop> sops = new ArrayList<>();
        for (int i = 0; count > 0 && i < random.nextInt(count + 1); i++) {
            sops.add(new Sop("sop" + i, "a" + random.nextInt(count), END.minusDays(random.nextInt(1200))));
        }
        List<EmergencyPlan> plans = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            LocalDate approved = END.minusDays(random.nextInt(1000));
            plans.add(new EmergencyPlan("ep" + i, "Scenario " + i, approved,
                    random.nextBoolean() ? List.of() : List.of(new Drill(approved.plusDays(random.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(approved, END) + 1))))));
        }
        return new Technology(activities, sops, plans);
    }

    private Processes processes() {
        List<ProcessDefinition> definitions = new ArrayList<>();
        for (String id : PROCESSES) {
            if (random.nextBoolean()) {
                List<ProcessKpi> kpis = new ArrayList<>();
                for (int k = 0; k < random.nextInt(3); k++) {
                    kpis.add(new ProcessKpi("kpi" + k, random.nextBoolean() ? KpiSource.MANUAL : KpiSource.SYSTEM_OF_RECORD));
                }
                definitions.add(new ProcessDefinition(id, id, random.nextBoolean() ? Optional.empty() : Optional.of(END.minusDays(random.nextInt(900))), kpis));
            }
        }
        return new Processes(definitions);
    }
}

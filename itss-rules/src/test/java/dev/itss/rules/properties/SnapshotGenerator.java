package dev.itss.rules.properties;

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
import dev.itss.model.Processes;
import dev.itss.model.Resources;
import dev.itss.model.ServiceDesk;
import dev.itss.model.ServiceOffering;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SlaTarget;
import dev.itss.model.Sop;
import dev.itss.model.SparePart;
import dev.itss.model.Technology;
import dev.itss.model.TicketCounts;
import dev.itss.model.WorkMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Valid snapshots from a seed: every reference resolves, every count bound holds, every date lies
 * in the past of the period end; sections are sometimes left out so that NOT_AVAILABLE paths run
 * too. The same seed gives the same snapshot.
 */
final class SnapshotGenerator {
    private static final LocalDate END = LocalDate.of(2026, 9, 30);
    private static final List<String> PROCESSES = List.of("incident", "problem", "change", "release", "configuration", "service-level", "capacity");

    private final Random random;

    SnapshotGenerator(long seed) {
        this.random = new Random(seed);
    }

    ServiceSnapshot next() {
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

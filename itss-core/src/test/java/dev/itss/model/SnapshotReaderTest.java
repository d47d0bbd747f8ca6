package dev.itss.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.read.DocumentFormat;
import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotReaderTest {
    private static final String VALID = """
            organisation: {id: h, name: Hospital}
            period: {start: 2026-01-01, end: 2026-03-31}
            services:
              - {id: his, name: HIS, sla: {attainmentTarget: 0.95}, tickets: {inScope: 10, metSla: 9}}
            people:
              posts:
                - {id: desk, name: Desk, requiredHeadcount: 2}
                - {id: ops, name: Operations, requiredHeadcount: 1}
              engineers:
                - {id: e1, name: A, post: desk, contractedHours: 100, workedHours: 90, workMode: ON_SITE, backupFor: [ops], skills: [network]}
            resources:
              spareParts:
                - {id: SP-42, name: Disk, quantity: 1, unitValue: 10, stockedOn: 2025-01-01, lastUsed: 2026-01-05, requests: 3, hits: 2, damaged: 0}
            """;

    private static List<String> problems(String yaml) {
        try {
            SnapshotReader.standard().read("s.yaml", yaml, DocumentFormat.YAML);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(InputProblem::toString).toList();
        }
        throw new AssertionError("expected the snapshot to be rejected");
    }

    @Test
    void readsAValidSnapshotIntoRecords() {
        ServiceSnapshot snapshot = SnapshotReader.standard().read("s.yaml", VALID, DocumentFormat.YAML);
        assertThat(snapshot.organisation().name()).isEqualTo("Hospital");
        assertThat(snapshot.period().end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(snapshot.people().engineers().get(0).backupFor()).containsExactly("ops");
        assertThat(snapshot.resources().spareParts().get(0).lastUsed()).contains(LocalDate.of(2026, 1, 5));
        assertThat(snapshot.services().get(0).sla().orElseThrow().attainmentTarget()).isEqualTo(0.95);
        assertThat(snapshot.technology().sops()).isEmpty();
        assertThat(snapshot.resources().serviceDesk()).isEmpty();
    }

    @Test
    void readsJsonByFileExtension(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "{\"organisation\": {\"id\": \"o\", \"name\": \"O\"}, \"period\": {\"start\": \"2026-01-01\", \"end\": \"2026-01-31\"}}");
        assertThat(SnapshotReader.standard().read(file).organisation().id()).isEqualTo("o");
    }

    @Test
    void reportsEveryBeanValidationViolationWithPathLineAndValue() {
        String yaml = VALID.replace("attainmentTarget: 0.95", "attainmentTarget: 1.5")
                .replace("requiredHeadcount: 2", "requiredHeadcount: 0")
                .replace("workedHours: 90", "workedHours: -5")
                .replace("{id: e1, name: A, ", "{id: e1, ");
        assertThat(problems(yaml)).containsExactly(
                "s.yaml:4:32: services[0].sla.attainmentTarget: must be less than or equal to 1.0, was 1.5",
                "s.yaml:7:30: people.posts[0].requiredHeadcount: must be greater than 0, was 0",
                "s.yaml:10:7: people.engineers[0].name: is required",
                "s.yaml:10:50: people.engineers[0].workedHours: must be greater than or equal to 0, was -5.0");
    }

    @Test
    void reportsUnknownFieldsWithASuggestionAndTheFirstTypeError() {
        String yaml = VALID.replace("requiredHeadcount: 2}", "requiredHeadcount: 2, requiredHedcount: 3}")
                .replace("workMode: ON_SITE", "workMode: onsite");
        assertThat(problems(yaml)).containsExactly(
                "s.yaml:7:52: people.posts[0].requiredHedcount: unknown field; did you mean 'requiredHeadcount'?",
                "s.yaml:10:86: people.engineers[0].workMode: expected one of [ON_SITE, REMOTE], was 'onsite'");
    }

    /** An unknown field whose value is a map or a list is named by its own path and line, at any depth. */
    @Test
    void namesAnUnknownFieldHoldingAMapOrAListAtItsPlace() {
        String yaml = VALID + """
                supervision:
                  organization:
                    name: x
                threshold:
                  threshold: 1
                """;
        yaml = yaml.replace("  posts:\n", "  teams: [a, b]\n  posts:\n")
                .replace("{id: ops, name: Operations, requiredHeadcount: 1}", "{id: ops, name: Operations, requiredHeadcount: 1, extra: {a: 1}}");
        assertThat(problems(yaml)).containsExactly(
                "s.yaml:6:3: people.teams: unknown field; expected one of [appraisal, departures, engineers, posts, training]",
                "s.yaml:9:57: people.posts[1].extra: unknown field; expected one of [id, name, requiredHeadcount, requiredSkills, responsibilitiesReviewedOn]",
                "s.yaml:16:3: supervision.organization: unknown field; expected one of [quality, risks, securityPolicy]",
                "s.yaml:18:1: threshold: unknown field; expected one of [events, figures, organisation, people, period, process, resources, services, supervision, technology]");
    }

    @Test
    void rejectsTruncatedNumbersAndImpossibleDates() {
        assertThat(problems(VALID.replace("quantity: 1,", "quantity: 1.5,")))
                .containsExactly("s.yaml:13:41: resources.spareParts[0].quantity: expected a whole number, was 1.5");
        assertThat(problems(VALID.replace("stockedOn: 2025-01-01", "stockedOn: 2025-13-01")))
                .containsExactly("s.yaml:13:70: resources.spareParts[0].stockedOn: expected a date (yyyy-MM-dd), was '2025-13-01'");
        assertThat(problems(VALID.replace("contractedHours: 100", "contractedHours: \"100\"")))
                .singleElement().asString().startsWith("s.yaml:10:").contains("people.engineers[0].contractedHours: expected a number");
    }

    @Test
    void reportsSyntaxErrorsDuplicateKeysAndEmptyDocuments() {
        assertThat(problems("organisation: ["))
                .containsExactly("s.yaml:1:16: is not valid YAML: while parsing a flow node; expected the node content, but found '<stream end>'");
        assertThat(problems("organisation: {id: a, name: b}\norganisation: {id: a, name: b}\n"))
                .containsExactly("s.yaml:2:13: is not valid YAML: Duplicate field 'organisation'");
        assertThat(problems("  \n")).containsExactly("s.yaml: is empty; expected a ServiceSnapshot document");
    }

    @Test
    void reportsMissingSectionsAndNullListElements() {
        assertThat(problems("people: {engineers: [null]}\n")).containsExactly(
                "s.yaml:1:1: organisation: is required",
                "s.yaml:1:1: period: is required",
                "s.yaml:1:22: people.engineers[0]: is required");
    }

    @Test
    void reportsConsistencyProblemsAcrossFields() {
        String yaml = VALID.replace("inScope: 10, metSla: 9", "inScope: 10, metSla: 12")
                .replace("post: desk", "post: nowhere")
                .replace("backupFor: [ops]", "backupFor: [ops, desk, ghost]")
                .replace("lastUsed: 2026-01-05", "lastUsed: 2031-01-01")
                .replace("requests: 3, hits: 2", "requests: 1, hits: 2");
        assertThat(problems(yaml)).containsExactly(
                "s.yaml:4:80: services[0].tickets.metSla: must not exceed inScope (10), was 12",
                "s.yaml:10:25: people.engineers[0].post: unknown post 'nowhere'; expected one of [desk, ops]",
                "s.yaml:10:121: people.engineers[0].backupFor[2]: unknown post 'ghost'; expected one of [desk, ops]",
                "s.yaml:13:82: resources.spareParts[0].lastUsed: spare part 'SP-42': lastUsed 2031-01-01 is after the period end 2026-03-31",
                "s.yaml:13:117: resources.spareParts[0].hits: must not exceed requests (1), was 2");
    }

    @Test
    void countsThatCannotBeTogetherAreRefused() {
        String yaml = VALID.replace("tickets: {inScope: 10, metSla: 9}", "tickets: {inScope: 10, metSla: 9, major: 12}")
                .replace("workedHours: 90", "workedHours: 2500")
                // the desk dispatches tickets it did not log from a call too (portal, mail, monitoring): more dispatched than logged is allowed
                + """
                  serviceDesk: {callsOffered: 10, callsAnswered: 9, ticketsLogged: 5, ticketsDispatched: 6, ticketsRedispatched: 0}
                """;
        assertThat(problems(yaml)).containsExactly(
                "s.yaml:4:91: services[0].tickets.major: must not exceed inScope (10), was 12",
                "s.yaml:10:59: people.engineers[0].workedHours: must not exceed the 2160 hours of the period (2026-01-01 to 2026-03-31), was 2500.0");
    }

    /** A name given twice in a list would be counted twice by the figures and matched twice by the rules. */
    @Test
    void aNameListedTwiceInAListIsRefusedWithItsPlace() {
        String yaml = VALID.replace("backupFor: [ops], skills: [network]", "backupFor: [ops, ops], skills: [network, unix, network]");
        assertThat(problems(yaml)).containsExactly(
                "s.yaml:10:112: people.engineers[0].backupFor[1]: 'ops' is listed twice (also at [0]); list each once",
                "s.yaml:10:142: people.engineers[0].skills[2]: 'network' is listed twice (also at [0]); list each once");
        // a snapshot built in Java is held to the same
        ServiceSnapshot valid = SnapshotReader.standard().read("s.yaml", VALID, DocumentFormat.YAML);
        Engineer e = valid.people().engineers().get(0);
        Engineer twice = new Engineer(e.id(), e.name(), e.post(), List.of("network", "network"), e.backupFor(), e.contractedHours(), e.workedHours(),
                e.workMode(), e.absenceHours(), e.hiredOn(), e.kpiScore());
        ServiceSnapshot built = new ServiceSnapshot(valid.organisation(), valid.period(), valid.services(), new People(valid.people().posts(), List.of(twice)),
                valid.resources(), valid.technology(), valid.process());
        assertThatThrownBy(() -> SnapshotValidator.validate(built)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("people.engineers[0].skills[1]: 'network' is listed twice (also at [0])");
        // free text may repeat itself: an action taken twice is no slip
        String actions = VALID + """
                events:
                  - {id: ev1, kind: MAJOR_INCIDENT, on: 2026-02-01, title: HIS down, services: [his], actionsTaken: [restarted the server, restarted the server]}
                """;
        assertThat(SnapshotReader.standard().read("s.yaml", actions, DocumentFormat.YAML).events().get(0).actionsTaken()).hasSize(2);
    }

    @Test
    void aYamlAliasIsRefusedWithItsPlaceNeverReadAsItsName() {
        String yaml = VALID.replace("{id: desk, name: Desk, requiredHeadcount: 2}", "&d {id: desk, name: &n Desk, requiredHeadcount: 2}")
                .replace("{id: ops, name: Operations, requiredHeadcount: 1}", "{id: ops, name: *n, requiredHeadcount: 1}");
        assertThat(problems(yaml)).singleElement().asString().startsWith("s.yaml:8:").contains("people.posts[1].name: a YAML alias (*n); aliases are not read");
        String toAMap = VALID.replace("    - {id: ops, name: Operations, requiredHeadcount: 1}", "    - *d")
                .replace("{id: desk, name: Desk, requiredHeadcount: 2}", "&d {id: desk, name: Desk, requiredHeadcount: 2}");
        assertThat(problems(toAMap)).singleElement().asString().contains("people.posts[1]: a YAML alias (*d)");
    }

    @Test
    void aNumberBeyondTheRangeOfADoubleIsRefusedWithItsPlace() {
        // 1e400 was read as Infinity ("worked 922337203685477632 h"); 1e999999999 ran the heap out when written in full
        assertThat(problems(VALID.replace("workedHours: 90", "workedHours: 1e400"))).containsExactly(
                "s.yaml:10:72: people.engineers[0].workedHours: a number beyond the range of a double (about ±1.8e308), was 1e400");
        assertThat(problems(VALID.replace("unitValue: 10", "unitValue: 1e999999999"))).containsExactly(
                "s.yaml:13:55: resources.spareParts[0].unitValue: a number beyond the range of a double (about ±1.8e308), was 1e999999999");
        assertThatThrownBy(() -> SnapshotReader.standard().read("s.json", "{\"organisation\": {\"id\": \"o\", \"name\": \"O\"}, "
                + "\"period\": {\"start\": \"2026-01-01\", \"end\": \"2026-01-31\"}, \"people\": {\"engineers\": [{\"id\": \"e\", \"name\": \"E\", "
                + "\"post\": \"p\", \"contractedHours\": -1e400, \"workedHours\": 1, \"workMode\": \"ON_SITE\"}]}}", DocumentFormat.JSON))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("people.engineers[0].contractedHours: a number beyond the range of a double (about ±1.8e308), was -1e400");
    }

    @Test
    void eventsOfTheQuarterAreCheckedAgainstItsServicesAndPeriod() {
        String events = """
                events:
                  - {id: EV-1, kind: MAJOR_INCIDENT, on: 2026-02-10, title: HIS down, services: [his], ticket: T1, problem: PRB-1}
                  - {id: EV-2, kind: COMPLAINT, on: 2026-03-02, title: Slow printers, services: [his], raisedBy: Ward 3}
                """;
        ServiceSnapshot read = SnapshotReader.standard().read("s.yaml", VALID + events, DocumentFormat.YAML);
        assertThat(read.events()).extracting(ServiceEvent::id).containsExactly("EV-1", "EV-2");
        assertThat(read.events().get(0).problem()).contains("PRB-1");
        assertThat(read.events().get(1).raisedBy()).contains("Ward 3");
        assertThat(read.events().get(1).ticket()).isEmpty();

        String wrong = VALID.replace("tickets: {inScope: 10, metSla: 9}}", "tickets: {inScope: 10, metSla: 9, major: 1}}") + """
                events:
                  - {id: EV-1, kind: MAJOR_INCIDENT, on: 2026-02-10, title: HIS down, services: [his]}
                  - {id: EV-1, kind: MAJOR_INCIDENT, on: 2026-04-02, title: HIS down again, services: [his, emr], problem: " "}
                  - {id: EV-3, kind: OUTAGE, on: 2026-03-01, title: x, services: []}
                """;
        assertThat(problems(wrong)).containsExactly(
                "s.yaml:17:22: events[2].kind: expected one of [MAJOR_INCIDENT, COMPLAINT, SERVICE_CHANGE], was 'OUTAGE'");
        String second = VALID.replace("tickets: {inScope: 10, metSla: 9}}", "tickets: {inScope: 10, metSla: 9, major: 1}}") + """
                events:
                  - {id: EV-1, kind: MAJOR_INCIDENT, on: 2026-02-10, title: HIS down, services: [his]}
                  - {id: EV-1, kind: MAJOR_INCIDENT, on: 2026-04-02, title: HIS down again, services: [his, emr], problem: " "}
                """;
        assertThat(problems(second)).containsExactly("s.yaml:16:99: events[1].problem: must not be blank, was ' '");
        assertThat(problems(second.replace(", problem: \" \"", ""))).containsExactly(
                "s.yaml:14:1: events: 2 major incidents listed on service 'his', which declares 1 (services[0].tickets.major); a major incident is a ticket of the service",
                "s.yaml:16:6: events[1].id: duplicate id 'EV-1'; ids must be unique",
                "s.yaml:16:38: events[1].on: event 'EV-1': 2026-04-02 is outside the period 2026-01-01 to 2026-03-31; list only the period's events",
                "s.yaml:16:93: events[1].services[1]: unknown service 'emr'; expected one of [his]");
    }

    @Test
    void everyLinkBetweenEntitiesNamesAnEntityOfTheSnapshot() {
        String yaml = VALID.replace("tickets: {inScope: 10, metSla: 9}}", "tickets: {inScope: 10, metSla: 9}, posts: [desk, dba], "
                        + "configurationItems: [core], articles: [KB-9], spareParts: [SP-42, SP-1]}")
                + """
                  knowledge:
                    ticketsResolvedWithArticle: 1
                    ticketsResolvedWithoutArticle: 1
                    articles: [{id: KB-1, title: T, category: network, created: 2025-01-01, uses: 1, skills: [network, oracle]}]
                technology:
                  emergencyPlans: [{id: EP-1, scenario: Outage, approvedOn: 2025-01-01, services: [his, emr], risks: [RK-9]}]
                supervision:
                  risks: [{id: RK-1, name: One DBA, reviewDue: 2026-06-30, posts: [dba], services: [his]}]
                """;
        assertThat(problems(yaml)).containsExactly(
                "s.yaml:4:106: services[0].posts[1]: unknown post 'dba'; expected one of [desk, ops]",
                "s.yaml:4:133: services[0].configurationItems[0]: unknown configuration item 'core'; expected one of []",
                "s.yaml:4:151: services[0].articles[0]: unknown knowledge article 'KB-9'; expected one of [KB-1]",
                "s.yaml:4:178: services[0].spareParts[1]: unknown spare part 'SP-1'; expected one of [SP-42]",
                "s.yaml:17:104: resources.knowledge.articles[0].skills[1]: unknown skill 'oracle'; expected one of [network]",
                "s.yaml:19:89: technology.emergencyPlans[0].services[1]: unknown service 'emr'; expected one of [his]",
                "s.yaml:19:103: technology.emergencyPlans[0].risks[0]: unknown risk 'RK-9'; expected one of [RK-1]",
                "s.yaml:21:68: supervision.risks[0].posts[0]: unknown post 'dba'; expected one of [desk, ops]");
    }

    @Test
    void reportsAPeriodThatEndsBeforeItStartsAndDuplicateIds() {
        String yaml = VALID.replace("end: 2026-03-31", "end: 2025-12-31").replace("lastUsed: 2026-01-05", "lastUsed: 2025-01-05")
                .replace("{id: ops, name: Operations", "{id: desk, name: Operations");
        assertThat(problems(yaml)).contains(
                "s.yaml:2:29: period.end: 2025-12-31 is before the period start 2026-01-01",
                "s.yaml:8:8: people.posts[1].id: duplicate id 'desk'; ids must be unique");
    }

    @Test
    void namesAMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> SnapshotReader.standard().read(dir.resolve("absent.yaml")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("absent.yaml: file not found");
    }

    @Test
    void validatesSnapshotsBuiltInJava() {
        ServiceSnapshot snapshot = new ServiceSnapshot(new Organisation("o", ""), new Period(LocalDate.of(2026, 1, 1), null),
                null, null, null, null, null);
        assertThatThrownBy(() -> SnapshotValidator.validate(snapshot))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("snapshot: organisation.name: must not be blank, was ''")
                .hasMessageContaining("snapshot: period.end: is required");
    }
}

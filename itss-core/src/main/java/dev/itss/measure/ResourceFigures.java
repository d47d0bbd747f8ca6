package dev.itss.measure;

import static dev.itss.measure.MetricCatalog.*;

import dev.itss.model.Engineer;
import dev.itss.model.KnowledgeArticle;
import dev.itss.model.Period;
import dev.itss.model.SparePart;
import dev.itss.model.Subject;
import dev.itss.model.Tool;
import dev.itss.records.CallKpis;
import dev.itss.records.SpareKpis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The measure stage for resources (资源): tools, the service desk, the spare-parts store and the knowledge base.
 */
final class ResourceFigures extends ElementFigures {

    ResourceFigures(Sheet sheet) {
        super(sheet);
    }

    @Override
    void measure() {
        tools();
        serviceDesk();
        spareParts();
        knowledge();
    }

    // ------------------------------------------------------------------ resources

    private void tools() {
        List<Tool> tools = s.resources().tools();
        if (tools.isEmpty()) {
            for (String metric : List.of(TOOL_FIT_RATE, TOOL_AVAILABILITY, TOOL_USABILITY_SCORE, TOOL_FAILURES)) {
                notAvailable(metric, organisation, "no service tools reported (resources.tools)");
            }
        }
        for (Tool tool : tools) {
            Subject subject = subject("tool", tool.id(), tool.name());
            ratio(TOOL_FIT_RATE, subject, tool.requirementsMet(), tool.requirements(), "the tool lists no requirements, so fit has no denominator",
                    Evidence.count("requirementsMet", tool.requirementsMet()), Evidence.count("requirements", tool.requirements()));
            ratio(TOOL_AVAILABILITY, subject, tool.plannedHours() - tool.downtimeHours(), tool.plannedHours(),
                    "plannedHours is 0, so availability has no denominator",
                    Evidence.hours("downtimeHours", tool.downtimeHours()), Evidence.hours("plannedHours", tool.plannedHours()));
            tool.usabilityScore().ifPresentOrElse(score -> add(Measurement.of(TOOL_USABILITY_SCORE, subject, score)),
                    () -> notAvailable(TOOL_USABILITY_SCORE, subject, "no usability survey score (resources.tools[].usabilityScore)"));
            add(Measurement.of(TOOL_FAILURES, subject, tool.failures()));
        }
    }

    private void serviceDesk() {
        Subject desk = singleton("service-desk", "Service desk");
        Optional<CallKpis> calls = records.calls();
        boolean answer = calls.map(c -> fromRecords(ANSWER_RATE, desk, c.answered(), c.offered(),
                Evidence.count("answered", c.answered()), Evidence.count("offered", c.offered()),
                Evidence.count("missed", c.offered() - c.answered()), CALL_RECORDS)).orElse(false);
        boolean phone = calls.map(c -> fromRecords(PHONE_RESOLUTION_MINUTES, desk, c.resolvedHandleSeconds() / 60, c.resolvedHandled(),
                Evidence.count("resolvedOnPhone", c.resolvedHandled()),
                new Evidence("talkMinutes", c.resolvedHandleSeconds() / 60, Unit.MINUTES), CALL_RECORDS)).orElse(false);
        boolean dispatch = records.tickets().map(t -> fromRecords(DISPATCH_ACCURACY, desk, t.dispatchedRight(), t.dispatched(),
                Evidence.count("redispatched", t.dispatched() - t.dispatchedRight()), Evidence.count("dispatched", t.dispatched()),
                TICKET_EXPORT)).orElse(false);
        calls.ifPresentOrElse(c -> ratio(ABANDONMENT_RATE, desk, c.abandoned(), c.abandonedKnown(),
                        "no call of the period in the call records says whether it was abandoned",
                        Evidence.count("abandoned", c.abandoned()), Evidence.count("calls", c.abandonedKnown()), CALL_RECORDS),
                () -> notAvailable(ABANDONMENT_RATE, desk, "no call records given (itss assess --records with a calls mapping)"));
        s.resources().serviceDesk().ifPresentOrElse(d -> {
            if (!answer) {
                ratio(ANSWER_RATE, desk, d.callsAnswered(), d.callsOffered(), "callsOffered is 0, so the answer rate has no denominator",
                        Evidence.count("answered", d.callsAnswered()), Evidence.count("offered", d.callsOffered()),
                        Evidence.count("missed", d.callsOffered() - d.callsAnswered()));
            }
            if (!dispatch) {
                ratio(DISPATCH_ACCURACY, desk, d.ticketsDispatched() - d.ticketsRedispatched(), d.ticketsDispatched(),
                        "ticketsDispatched is 0, so dispatch accuracy has no denominator",
                        Evidence.count("redispatched", d.ticketsRedispatched()), Evidence.count("dispatched", d.ticketsDispatched()));
            }
            ratio(LOGGING_RATE, desk, d.ticketsLogged(), d.callsAnswered(), "callsAnswered is 0, so the logging rate has no denominator",
                    Evidence.count("logged", d.ticketsLogged()), Evidence.count("answered", d.callsAnswered()));
            if (phone) {
                return;
            }
            if (d.callsResolvedOnPhone().isPresent() && d.resolutionCallMinutes().isPresent()) {
                ratio(PHONE_RESOLUTION_MINUTES, desk, d.resolutionCallMinutes().get(), d.callsResolvedOnPhone().get(),
                        "no calls resolved on the phone, so the call time has no denominator",
                        Evidence.count("resolvedOnPhone", d.callsResolvedOnPhone().get()),
                        new Evidence("talkMinutes", d.resolutionCallMinutes().get(), Unit.MINUTES));
            } else {
                notAvailable(PHONE_RESOLUTION_MINUTES, desk, "no call-resolution figures (resources.serviceDesk.callsResolvedOnPhone, resolutionCallMinutes"
                        + (calls.isPresent() ? "; the call records have no call resolved on the call with its handle time)" : ")"));
            }
        }, () -> {
            String reason = "no service-desk counts reported (resources.serviceDesk)";
            notAvailable(LOGGING_RATE, desk, reason);
            if (!answer) {
                notAvailable(ANSWER_RATE, desk, reason + (calls.isPresent() ? " and no call offered in the period in the call records" : ""));
            }
            if (!phone) {
                notAvailable(PHONE_RESOLUTION_MINUTES, desk, reason
                        + (calls.isPresent() ? " and no call resolved on the call with its handle time in the call records" : ""));
            }
            if (!dispatch) {
                notAvailable(DISPATCH_ACCURACY, desk, reason + (records.tickets().isPresent() ? " and no ticket of the export has an assignment group" : ""));
            }
        });
    }

    private void spareParts() {
        List<SparePart> parts = s.resources().spareParts();
        Subject store = singleton("spare-parts-store", "Spare-parts store");
        Optional<SpareKpis> movements = records.spares();
        boolean damage = movements.map(m -> fromRecords(SPARE_PART_DAMAGE_RATE, store, m.damaged(), m.issued() + m.damaged(),
                Evidence.count("damaged", m.damaged()), Evidence.count("units", m.issued() + m.damaged()), SPARE_MOVEMENTS)).orElse(false);
        boolean hit = movements.map(m -> fromRecords(SPARE_PART_HIT_RATE, store, m.fromStock(), m.stockKnown(),
                Evidence.count("hits", m.fromStock()), Evidence.count("requests", m.stockKnown()), SPARE_MOVEMENTS)).orElse(false);
        boolean reuse = movements.map(m -> fromRecords(SPARE_PART_REUSE_RATE, store, m.refurbished(), m.refurbishedKnown(),
                Evidence.count("reused", m.refurbished()), Evidence.count("issued", m.refurbishedKnown()), SPARE_MOVEMENTS)).orElse(false);
        if (parts.isEmpty()) {
            String reason = "no spare parts reported (resources.spareParts)";
            String andRecords = movements.isPresent() ? " and the spare-part movements of the period do not give it" : "";
            notAvailable(SPARE_PART_IDLE_DAYS, store, reason);
            if (!damage) {
                notAvailable(SPARE_PART_DAMAGE_RATE, store, reason + andRecords);
            }
            if (!hit) {
                notAvailable(SPARE_PART_HIT_RATE, store, reason + andRecords);
            }
            if (!reuse) {
                notAvailable(SPARE_PART_REUSE_RATE, store, reason + andRecords);
            }
            return;
        }
        for (SparePart part : sheet.spareParts) {   // last use brought up to date by the movement records
            Optional<LocalDate> lastUsed = part.lastUsed();
            LocalDate since = lastUsed.orElse(part.stockedOn());
            BigDecimal tiedUp = part.unitValue().multiply(BigDecimal.valueOf(part.quantity()));
            add(Measurement.of(SPARE_PART_IDLE_DAYS, subject("spare-part", part.id(), part.name()), daysToEnd(since),
                    Evidence.text("lastUsed", lastUsed.map(LocalDate::toString).orElse("never")),
                    Evidence.date("since", since),
                    Evidence.count("quantity", part.quantity()),
                    new Evidence("stockValue", tiedUp, Unit.TEXT)));
        }
        if (!damage) {
            long damaged = parts.stream().mapToLong(SparePart::damaged).sum();
            long held = parts.stream().mapToLong(SparePart::quantity).sum();
            ratio(SPARE_PART_DAMAGE_RATE, store, damaged, held + damaged, "the store holds no units, so the damage rate has no denominator",
                    Evidence.count("damaged", damaged), Evidence.count("units", held + damaged));
        }
        if (!hit) {
            long requests = parts.stream().mapToLong(SparePart::requests).sum();
            long hits = parts.stream().mapToLong(SparePart::hits).sum();
            ratio(SPARE_PART_HIT_RATE, store, hits, requests, "no spare-part requests in the period, so the hit rate has no denominator",
                    Evidence.count("hits", hits), Evidence.count("requests", requests));
        }
        if (reuse) {
            return;
        }
        List<SparePart> reporting = parts.stream().filter(p -> p.issued().isPresent() && p.reused().isPresent()).toList();
        if (reporting.isEmpty()) {
            notAvailable(SPARE_PART_REUSE_RATE, store, "no part reports issued and reused units (resources.spareParts[].issued, reused)");
        } else {
            long issued = reporting.stream().mapToLong(p -> p.issued().get()).sum();
            long reused = reporting.stream().mapToLong(p -> p.reused().get()).sum();
            ratio(SPARE_PART_REUSE_RATE, store, reused, issued, "no units issued in the period, so the reuse rate has no denominator",
                    Evidence.count("reused", reused), Evidence.count("issued", issued), Evidence.count("parts", reporting.size()));
        }
    }

    private void knowledge() {
        Subject base = singleton("knowledge-base", "Knowledge base");
        List<Engineer> engineers = s.people().engineers();
        if (engineers.isEmpty() || s.resources().knowledge().isEmpty()) {
            notAvailable(UNDOCUMENTED_SINGLE_HOLDER_SKILLS, organisation,
                    engineers.isEmpty() ? "no engineers reported (people.engineers)" : "no knowledge base reported (resources.knowledge)");
        } else {
            Map<String, List<String>> holders = new java.util.TreeMap<>();
            engineers.forEach(e -> e.skills().forEach(skill -> holders.computeIfAbsent(skill, k -> new ArrayList<>()).add(e.name())));
            Set<String> documented = s.resources().knowledge().get().articles().stream().flatMap(a -> a.skills().stream()).collect(Collectors.toSet());
            long atRisk = holders.entrySet().stream().filter(h -> h.getValue().size() == 1 && !documented.contains(h.getKey())).count();
            add(Measurement.of(UNDOCUMENTED_SINGLE_HOLDER_SKILLS, organisation, atRisk, Evidence.count("skillsHeld", holders.size())));
        }
        s.resources().knowledge().ifPresentOrElse(kb -> {
            long resolved = (long) kb.ticketsResolvedWithArticle() + kb.ticketsResolvedWithoutArticle();
            if (!fromExport(KNOWLEDGE_USE_RATE)) ratio(KNOWLEDGE_USE_RATE, base, kb.ticketsResolvedWithArticle(), resolved,
                    "no tickets resolved in the period, so knowledge use has no denominator",
                    Evidence.count("withArticle", kb.ticketsResolvedWithArticle()), Evidence.count("resolved", resolved),
                    Evidence.count("articles", kb.articles().size()));
            Period period = s.period();
            long created = kb.articles().stream().filter(a -> !a.created().isBefore(period.start())).count();
            ratio(NEW_ARTICLES_PER_100_TICKETS, base, created * 100.0, resolved,
                    "no tickets resolved in the period, so new articles per ticket has no denominator",
                    Evidence.count("created", created), Evidence.count("resolved", resolved));
            int window = MetricCatalog.standard().windowDays(KNOWLEDGE_UPDATE_RATE, policy);
            long fresh = kb.articles().stream().filter(a -> Formulas.isFresh(a.created(), a.updated(), period.end(), window)).count();
            ratio(KNOWLEDGE_UPDATE_RATE, base, fresh, kb.articles().size(), "the base holds no articles, so the update rate has no denominator",
                    Evidence.count("fresh", fresh), Evidence.count("articles", kb.articles().size()));
            Map<String, Long> byCategory = kb.articles().stream()
                    .collect(Collectors.groupingBy(KnowledgeArticle::category, java.util.TreeMap::new, Collectors.counting()));
            Optional<Map.Entry<String, Long>> largest = byCategory.entrySet().stream().max(Map.Entry.comparingByValue());
            ratio(KNOWLEDGE_CATEGORY_CONCENTRATION, base, largest.map(Map.Entry::getValue).orElse(0L), kb.articles().size(),
                    "the base holds no articles, so category shares have no denominator",
                    Evidence.text("largestCategory", largest.map(Map.Entry::getKey).orElse("")),
                    Evidence.count("inLargest", largest.map(Map.Entry::getValue).orElse(0L)),
                    Evidence.count("articles", kb.articles().size()), Evidence.count("categories", byCategory.size()));
        }, () -> {
            for (String metric : List.of(KNOWLEDGE_USE_RATE, NEW_ARTICLES_PER_100_TICKETS, KNOWLEDGE_UPDATE_RATE, KNOWLEDGE_CATEGORY_CONCENTRATION)) {
                if (!fromExport(metric)) {
                    notAvailable(metric, base, "no knowledge base reported (resources.knowledge)");
                }
            }
        });
    }

}

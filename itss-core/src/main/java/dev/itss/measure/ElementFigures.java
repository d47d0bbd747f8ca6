package dev.itss.measure;

import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SparePart;
import dev.itss.model.Subject;
import dev.itss.policy.Policy;
import dev.itss.records.OperationalRecords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the element classes of the measure stage share: the snapshot, policy and records being
 * measured, the list the figures go to, and the helpers that state once how a figure is recorded
 * (a ratio with no denominator is not available, with the reason; a figure from records names its
 * source).
 */
abstract class ElementFigures {
    /** The state of one measurement run, shared by the element classes in turn. */
    static final class Sheet {
        final ServiceSnapshot snapshot;
        final Policy policy;
        final OperationalRecords records;
        final Subject organisation;
        final List<Measurement> out = new ArrayList<>();
        /** Metric ids the records measured for the organisation: the declared figure is not measured again. */
        final Set<String> measuredFromRecords = new HashSet<>();
        /** Every engineer's hours, the timesheets' where they give them: measured here and inserted as facts. */
        final List<Workload> workloads;
        /** The spare parts, last use brought up to date by the movement records: measured here and inserted as facts. */
        final List<SparePart> spareParts;

        /** The services, each one the ticket export covers with its own SLA counts instead of the declared ones. */
        final List<dev.itss.model.ServiceOffering> services;
        /** Ids of the services whose SLA counts came from the ticket export. */
        final Set<String> servicesFromExport = new HashSet<>();

        Sheet(ServiceSnapshot snapshot, Policy policy, OperationalRecords records) {
            this.snapshot = snapshot;
            this.policy = policy;
            this.records = records;
            this.organisation = new Subject("organisation", snapshot.organisation().id(), snapshot.organisation().name());
            this.workloads = EntityFacts.workloads(snapshot, records);
            this.spareParts = EntityFacts.spareParts(snapshot.resources().spareParts(), records);
            this.services = EntityFacts.services(snapshot.services(), records, servicesFromExport);
        }
    }

    final Sheet sheet;
    final ServiceSnapshot s;
    final Policy policy;
    final OperationalRecords records;
    final Subject organisation;

    ElementFigures(Sheet sheet) {
        this.sheet = sheet;
        this.s = sheet.snapshot;
        this.policy = sheet.policy;
        this.records = sheet.records;
        this.organisation = sheet.organisation;
    }

    /** Adds this element's figures to the sheet. */
    abstract void measure();

    // ------------------------------------------------------------------ helpers

    /** The evidence that a figure was measured from records, not declared in the snapshot. */
    static final Evidence CALL_RECORDS = Evidence.text("source", "call records");
    static final Evidence TICKET_EXPORT = Evidence.text("source", "ticket export");
    static final Evidence SPARE_MOVEMENTS = Evidence.text("source", "spare-part movements");
    static final Evidence TIMESHEETS = Evidence.text("source", "timesheets");

    void add(Measurement measurement) {
        sheet.out.add(measurement);
    }

    boolean fromExport(String metric) {
        return sheet.measuredFromRecords.contains(metric);
    }

    void notAvailable(String metric, Subject subject, String reason) {
        sheet.out.add(Measurement.notAvailable(metric, subject, reason));
    }

    /** {@code part / whole}, or not available when {@code whole} is 0. */
    void ratio(String metric, Subject subject, double part, double whole, String zeroReason, Evidence... inputs) {
        if (whole == 0) {
            notAvailable(metric, subject, zeroReason);
        } else {
            add(Measurement.of(metric, subject, part / whole, inputs));
        }
    }

    static Subject subject(String kind, String id, String name) {
        return new Subject(kind, id, name);
    }

    static Subject singleton(String kind, String name) {
        return subject(kind, kind, name);
    }

    long daysToEnd(LocalDate date) {
        return s.period().daysUntilEnd(date);
    }

    /**
     * Adds {@code part / whole} measured from records and returns true, or returns false when the
     * records give no denominator, so that the snapshot's declared figure is measured instead.
     */
    boolean fromRecords(String metric, Subject subject, double part, double whole, Evidence... inputs) {
        if (whole == 0) {
            return false;
        }
        add(Measurement.of(metric, subject, part / whole, inputs));
        return true;
    }
}

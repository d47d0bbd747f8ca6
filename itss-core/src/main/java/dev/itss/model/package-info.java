/**
 * The state of one O&amp;M service organisation over one period: the organisation, the services it
 * delivers with their SLA targets, and the four ITSS service elements (people, resources,
 * technology, process).
 *
 * <p>Everything here is an immutable record. Constructors only normalise (a missing list becomes
 * an empty one); they never throw on bad values, so that {@link dev.itss.model.SnapshotValidator}
 * can report every problem at once. Figures that derive from counts are held as the counts (calls
 * offered and answered, not the answer rate): the measurement stage computes and explains ratios.
 *
 * <pre>{@code
 * ServiceSnapshot snapshot = SnapshotReader.standard().read(Path.of("org.yaml"));
 * }</pre>
 */
package dev.itss.model;

/**
 * The measure stage: the metric catalogue (each entry tied to an ITSS measurement item M-…),
 * and {@link dev.itss.measure.Measurer}, which computes every metric the snapshot has inputs for
 * and records the others as not available, with the reason.
 */
package dev.itss.measure;

/**
 * Periods over time (ITSS S-5, I-3, the PDCA loop): a {@link dev.itss.history.History} folder of
 * periods, the {@link dev.itss.history.ImprovementCycle} that assesses each, verifies the plan of
 * the one before and plans the next, the {@link dev.itss.history.AssessmentDiff} of two periods
 * and the {@link dev.itss.history.Trends} across several.
 */
package dev.itss.history;

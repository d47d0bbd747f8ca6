/**
 * The improve stage (ITSS I-1, I-2): action templates (A- items), the links improvement rules make
 * from findings to templates, and the ranked {@link dev.itss.improve.ImprovementPlan} built from
 * them.
 */
package dev.itss.improve;

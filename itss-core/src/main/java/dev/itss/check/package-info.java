/**
 * The detect stage's values: {@link dev.itss.check.Finding} (a rule's verdict that a subject
 * has a problem, with the evidence), {@link dev.itss.check.NotAvailable} (a rule could not
 * judge because its inputs were absent) and the rule catalogue with its texts in both languages.
 */
package dev.itss.check;

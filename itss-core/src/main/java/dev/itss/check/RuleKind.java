package dev.itss.check;

/**
 * What a rule is: a domain rule (DRL) that raises findings, an aggregate check (one row of a
 * checks table, run by one generic rule), or an improvement rule that links findings to action
 * templates where a template's list cannot decide.
 */
public enum RuleKind {
    /** A domain rule in DRL: it matches entities of the organisation and raises findings. */
    DETECTION,
    /** An aggregate check: one row (metric, severity, ITSS items) compared with the metric's band. */
    CHECK,
    /** An improvement rule: links findings to an action template. */
    IMPROVEMENT
}

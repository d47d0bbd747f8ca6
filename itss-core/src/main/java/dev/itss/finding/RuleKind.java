package dev.itss.finding;

/** What a rule does: detection rules raise findings, improvement rules link findings to action templates. */
public enum RuleKind {
    DETECTION,
    IMPROVEMENT
}

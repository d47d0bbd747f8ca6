package dev.itss.improve;

/** How far an action was carried out (ITSS I-2), written into the plan file during the period. */
public enum ImplementationStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    /** Started and stopped; say why in the action's evidence. */
    ABANDONED
}

package dev.itss.improve;

/** A stakeholder's duty for the plan (ITSS I-1: stakeholders' roles and duties), after the RACI matrix. */
public enum Raci {
    /** Does the work of an action: the action's owner. */
    RESPONSIBLE,
    /** Answers for the plan and signs it off: the leader in charge. */
    ACCOUNTABLE,
    /** Is asked before and during the work (the customer, the business). */
    CONSULTED,
    /** Is told of the progress and the verification (the quality-management department). */
    INFORMED
}

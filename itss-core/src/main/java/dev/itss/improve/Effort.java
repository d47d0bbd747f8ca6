package dev.itss.improve;

/** How much an action costs to carry out; divides its priority (see {@link ImprovementPlan}). */
public enum Effort {
    /** Days, within the team. */
    LOW(1),
    /** Weeks, needs a budget line or another team. */
    MEDIUM(2),
    /** Months, a project. */
    HIGH(3);

    private final int weight;

    Effort(int weight) {
        this.weight = weight;
    }

    /** The divisor of the priority formula. */
    public int weight() {
        return weight;
    }
}

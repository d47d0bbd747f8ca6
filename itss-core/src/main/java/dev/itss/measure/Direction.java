package dev.itss.measure;

/** Which way a metric improves. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** True when {@code value} is strictly worse than {@code bound}. */
    public boolean isWorse(double value, double bound) {
        return this == HIGHER_IS_BETTER ? value < bound : value > bound;
    }
}

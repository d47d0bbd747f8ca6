package dev.itss.measure;



/**
 * A policy band joined with its metric's direction: the fact detection rules compare measurements
 * with. Rules read {@code warning} to decide whether to fire; {@link #isOutside(double)} and
 * {@link #isBreach(double)} tell how far beyond the band a value lies.
 *
 * @param metric    metric id
 * @param direction which way the metric improves
 * @param warning   warning bound
 * @param breach    breach bound
 * @param source    where the numbers come from
 * @param windowDays the band's window in days for a metric counted within a time before the period
 *                   end ({@code people.newcomers}, {@code knowledge.update_rate}); 0 for the others
 * @param unit      the metric's unit, in which a finding's observed and expected values are shown
 */
public record Threshold(String metric, Direction direction, double warning, double breach, String source, int windowDays, Unit unit) {

    /** True when {@code value} is beyond the warning bound, i.e. a rule on this band should fire. */
    public boolean isOutside(double value) {
        return direction.isWorse(value, warning);
    }

    /** True when {@code value} is beyond the breach bound too. */
    public boolean isBreach(double value) {
        return direction.isWorse(value, breach);
    }
}

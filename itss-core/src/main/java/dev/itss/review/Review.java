package dev.itss.review;

import dev.itss.model.Organisation;
import dev.itss.model.Period;
import java.util.List;
import java.util.Optional;

/**
 * A service review (服务回顾, ITSS R-): one level, its declared form, the span it looks back on,
 * and its sections for the customer (R-C) and for the O&amp;M team (R-T), each filled from the
 * history's data or marked not available with the reason. {@link Reviews} builds them.
 *
 * <pre>{@code
 * Review review = Reviews.monthly(inputs, Optional.of(YearMonth.of(2026, 8)), Optional.empty());
 * review.customer().forEach(s -> System.out.println(s.key() + ": " + (s.available() ? "filled" : s.unavailable().get().key())));
 * }</pre>
 *
 * @param schemaVersion the version of this layout in JSON
 * @param level         the level
 * @param form          the form it takes
 * @param organisation  the organisation reviewed
 * @param span          the days it looks back on (the event's day for an ad hoc review)
 * @param name          the span's name: {@code 2026-08}, {@code 2026-Q3}, {@code 2026}, or the event's id
 * @param periods       the history's periods it drew on, oldest first
 * @param sections      the sections, customer content first
 */
public record Review(int schemaVersion, ReviewLevel level, ReviewForm form, Organisation organisation, Period span, String name,
                     List<String> periods, List<ReviewSection> sections) {

    /** The version of the review's JSON layout. */
    public static final int SCHEMA_VERSION = 1;

    public Review {
        periods = List.copyOf(periods);
        sections = List.copyOf(sections);
    }

    /** The customer content (R-C). */
    public List<ReviewSection> customer() {
        return sections.stream().filter(s -> s.audience() == Audience.CUSTOMER).toList();
    }

    /** The team's internal content (R-T). */
    public List<ReviewSection> team() {
        return sections.stream().filter(s -> s.audience() == Audience.TEAM).toList();
    }

    /** The section of that key, when the review has it. */
    public Optional<ReviewSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}

package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The people element (人员): the posts of the organisation, the engineers who fill them, who left,
 * and how appraisal and training went.
 *
 * @param posts      posts (岗位) with their required headcount
 * @param engineers  engineers, each on one post, at the end of the period
 * @param departures engineers who left in the period; absent when not reported (an empty list
 *                   means nobody left)
 * @param appraisal  the period's appraisal objectives; absent when not reported
 * @param training   the period's training test results; absent when not reported
 */
public record People(
        List<@NotNull @Valid Post> posts,
        List<@NotNull @Valid Engineer> engineers,
        Optional<List<@NotNull @Valid Departure>> departures,
        Optional<@Valid Appraisal> appraisal,
        Optional<@Valid TrainingResults> training) {

    public People {
        posts = Lists.copy(posts);
        engineers = Lists.copy(engineers);
        departures = Lists.orEmpty(departures).map(Lists::copy);
        appraisal = Lists.orEmpty(appraisal);
        training = Lists.orEmpty(training);
    }

    /** Posts and engineers only. */
    public People(List<Post> posts, List<Engineer> engineers) {
        this(posts, engineers, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** No posts and no engineers: the section was not reported. */
    public static People none() {
        return new People(List.of(), List.of());
    }
}

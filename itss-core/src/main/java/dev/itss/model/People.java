package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The people element (人员): the posts of the organisation and the engineers who fill them.
 *
 * @param posts     posts (岗位) with their required headcount
 * @param engineers engineers, each on one post
 */
public record People(List<@NotNull @Valid Post> posts, List<@NotNull @Valid Engineer> engineers) {

    public People {
        posts = Lists.copy(posts);
        engineers = Lists.copy(engineers);
    }

    /** No posts and no engineers: the section was not reported. */
    public static People none() {
        return new People(List.of(), List.of());
    }
}

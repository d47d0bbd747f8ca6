package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.measure.Formulas;
import dev.itss.model.Engineer;
import dev.itss.model.Post;
import dev.itss.model.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * Justification: posts nobody can cover when a holder is away (fewer than two holders and no named
 * backup from another post), behind a backup rate beyond its band (PPL-002), with the engineers of
 * other posts who hold every skill such a post requires ({@code 黄强 → DBA}).
 *
 * @param uncovered  the posts without backup, by name
 * @param standIns   who could stand in from the skills they hold, as {@code engineer → post}
 */
public record PostsWithoutBackup(Subject subject, List<String> uncovered, List<String> standIns) implements Justification {
    public PostsWithoutBackup {
        uncovered = Lists.sorted(uncovered);
        standIns = Lists.sorted(standIns);
    }

    /** The justification over the organisation's posts and engineers ({@link Formulas#postsWithoutBackup}, the backup rate's own count). */
    public static PostsWithoutBackup of(Subject subject, List<Post> posts, List<Engineer> engineers) {
        List<String> uncovered = new ArrayList<>();
        List<String> standIns = new ArrayList<>();
        for (Post post : Formulas.postsWithoutBackup(posts, engineers)) {
            uncovered.add(post.name());
            Formulas.standIns(post, engineers).forEach(e -> standIns.add(e.name() + " → " + post.name()));
        }
        return new PostsWithoutBackup(subject, uncovered, standIns);
    }
}

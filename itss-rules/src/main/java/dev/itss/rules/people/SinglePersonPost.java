package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: a post held by one engineer whom no engineer of another post backs up (PPL-011),
 * with who could stand in from the skills they hold.
 *
 * @param holder   the post's only engineer
 * @param standIns engineers of other posts who hold every skill the post requires
 */
public record SinglePersonPost(Subject subject, String holder, List<String> standIns) implements Justification {
    public SinglePersonPost {
        standIns = Lists.sorted(standIns);
    }
}

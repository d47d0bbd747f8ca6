package dev.itss.model;

/**
 * What a measurement or finding is about: a post, an engineer, a spare part, the service desk...
 * Together with the rule id it is a finding's identity across periods.
 *
 * @param kind kind of thing, e.g. {@code post}, {@code spare-part}, {@code organisation}
 * @param id   its id in the snapshot
 * @param name its display name
 */
public record Subject(String kind, String id, String name) {

    /** {@code kind:id}, stable across periods. */
    public String key() {
        return kind + ":" + id;
    }
}

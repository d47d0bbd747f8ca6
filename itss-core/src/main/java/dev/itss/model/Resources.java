package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The resources element (资源): service tools, service desk, spare-parts store and knowledge base.
 *
 * @param serviceDesk the service desk's counts; absent when not reported
 * @param spareParts  the spare-parts store (备件库), one entry per part
 * @param knowledge   the knowledge base; absent when not reported
 * @param tools       the service tools (服务工具)
 */
public record Resources(
        Optional<@Valid ServiceDesk> serviceDesk,
        List<@NotNull @Valid SparePart> spareParts,
        Optional<@Valid KnowledgeBase> knowledge,
        List<@NotNull @Valid Tool> tools) {

    public Resources {
        serviceDesk = Lists.orEmpty(serviceDesk);
        spareParts = Lists.copy(spareParts);
        knowledge = Lists.orEmpty(knowledge);
        tools = Lists.copy(tools);
    }

    /** Service desk, spare parts and knowledge base, no tools. */
    public Resources(Optional<ServiceDesk> serviceDesk, List<SparePart> spareParts, Optional<KnowledgeBase> knowledge) {
        this(serviceDesk, spareParts, knowledge, List.of());
    }

    /** Nothing reported. */
    public static Resources none() {
        return new Resources(Optional.empty(), List.of(), Optional.empty(), List.of());
    }
}

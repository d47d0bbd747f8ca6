package dev.itss.measure;

/**
 * A process the policy requires the organisation to define and document ({@code requiredProcesses}
 * of the policy): a fact of the check stage, so that rules join it with the organisation's
 * process definitions.
 *
 * @param id the process id, e.g. {@code incident}
 */
public record RequiredProcess(@dev.itss.model.References("ProcessDefinition") String id) {}

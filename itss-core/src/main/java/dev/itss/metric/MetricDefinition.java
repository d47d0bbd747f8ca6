package dev.itss.metric;

import dev.itss.model.Element;

/**
 * One entry of the metric catalogue.
 *
 * @param id          stable id, e.g. {@code service_desk.answer_rate}

 * @param domainItem  the ITSS-DOMAIN item it belongs to: a measurement item such as {@code M-R-05},
 *                    or, for a metric no M- item names, the lifecycle or method step it serves
 * @param element     the service element measured
 * @param nameEn      English name
 * @param nameZh      Chinese name (the term users search for)
 * @param unit        unit of the value
 * @param direction   which way is better
 * @param subjectKind what one value is about ({@code post}, {@code organisation}, ...)
 * @param formula     the definition, with its denominator named, in English
 */
public record MetricDefinition(
        String id,
        String domainItem,
        Element element,
        String nameEn,
        String nameZh,
        Unit unit,
        Direction direction,
        String subjectKind,
        String formula) {}

package dev.itss.bench;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.model.ServiceSnapshot;
import dev.itss.test.Organisations;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Time and peak heap of one assessment of a generated organisation at each share of the large size
 * given (default 0.1, 1, 10), in one JVM, after a warm-up assessment at each share: the heap's
 * peak over the assessment above the heap in use before it (the organisation and the engine).
 *
 * <pre>
 * java -Xmx8g -cp itss-bench/target/benchmarks.jar dev.itss.bench.LargeOrganisationHeap 0.1 1 10
 * </pre>
 */
public final class LargeOrganisationHeap {
    private LargeOrganisationHeap() {}

    public static void main(String[] args) {
        double[] scales = args.length == 0 ? new double[] {0.1, 1, 10} : java.util.Arrays.stream(args).mapToDouble(Double::parseDouble).toArray();
        AssessmentEngine engine = AssessmentEngine.load();
        System.out.println("scale  engineers  parts   articles  findings  seconds  heap before MB  peak during MB  peak - before MB");
        for (double scale : scales) {
            ServiceSnapshot organisation = Organisations.ofSize(42, Organisations.Size.LARGE.scaled(scale));
            engine.assess(organisation);   // warm-up
            System.gc();
            long before = used();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            Assessment assessment = engine.assess(organisation);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.println(String.format(Locale.ROOT, "%-6s %9d  %6d  %8d  %8d  %7.2f  %14d  %14d  %16d", scale, organisation.people().engineers().size(),
                    organisation.resources().spareParts().size(), organisation.resources().knowledge().orElseThrow().articles().size(),
                    assessment.findings().findings().size(), seconds, before >> 20, peak >> 20, (peak - before) >> 20));
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}

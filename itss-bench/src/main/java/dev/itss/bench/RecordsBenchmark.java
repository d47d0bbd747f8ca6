package dev.itss.bench;

import dev.itss.records.ErrorPolicy;
import dev.itss.records.GroupBy;
import dev.itss.records.RecordMapping;
import dev.itss.records.TicketKpis;
import dev.itss.records.TicketRecords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ticket KPIs over a seeded 1,000,000-row event log (100,000 tickets, 10 updates each): the
 * library's one pass against DuckDB's SQL over the same file. The set-up computes both once and
 * fails when they disagree, so the figures compare equal work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class RecordsBenchmark {
    static final long SEED = 20_261_129L;

    @Param("1000000")
    public int rows;

    private Path file;
    private Connection duckdb;

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        file = Files.createTempFile("itss-events-", ".csv");
        EventLogGenerator.write(file, rows, 10, SEED);
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Figures library = Figures.of(itss());
        Figures sql = duckdb();
        if (!library.equals(sql)) {
            throw new IllegalStateException("the library and DuckDB disagree:\n  library " + library + "\n  duckdb  " + sql);
        }
        System.out.println("agreed: " + library);
    }

    /** The highest heap use seen after any invocation, summed over the heap's pools (each pool's peak since its reset). */
    private long peakHeapBytes;

    @Setup(Level.Invocation)
    public void resetPeakHeap() {
        System.gc();   // each invocation starts from the live set, not from the garbage of the one before
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    @TearDown(Level.Invocation)
    public void recordPeakHeap() {
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        peakHeapBytes = Math.max(peakHeapBytes, peak);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException, SQLException {
        // printed once per trial: the sum of the pools' peaks bounds the heap the reads needed (the
        // collector may let it grow to the -Xmx it is given; run with a small -Xmx to see the bound)
        System.out.printf("peak heap over the trial: %d MB (max heap %d MB)%n", peakHeapBytes >> 20, Runtime.getRuntime().maxMemory() >> 20);
        duckdb.close();
        Files.deleteIfExists(file);
    }

    @Benchmark
    public TicketKpis itss() {
        return TicketRecords.read(file, RecordMapping.preset("canonical"), new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.NONE));
    }

    @Benchmark
    public Figures duckdb() throws SQLException {
        String query = """
                WITH rows AS (SELECT * FROM read_csv('%s', header = true,
                         types = {'update_counter': 'BIGINT', 'updated_at': 'TIMESTAMP', 'opened_at': 'TIMESTAMP', 'resolved_at': 'TIMESTAMP',
                                  'made_sla': 'BOOLEAN', 'reassignments': 'INTEGER', 'reopens': 'INTEGER', 'knowledge': 'BOOLEAN'})),
                     final AS (SELECT * FROM rows QUALIFY row_number() OVER (PARTITION BY ticket ORDER BY update_counter DESC) = 1),
                     ttr AS (SELECT epoch(resolved_at - opened_at) / 3600.0 AS h FROM final WHERE resolved_at IS NOT NULL),
                     ranked AS (SELECT h, row_number() OVER (ORDER BY h) AS rn, count(*) OVER () AS n FROM ttr)
                SELECT (SELECT count(*) FROM final),
                       (SELECT count(*) FILTER (WHERE made_sla) FROM final),
                       (SELECT count(made_sla) FROM final),
                       (SELECT count(*) FILTER (WHERE reopens > 0) FROM final),
                       (SELECT count(*) FILTER (WHERE reassignments > 0) FROM final),
                       (SELECT count(*) FILTER (WHERE knowledge) FROM final),
                       (SELECT count(*) FROM ttr),
                       (SELECT median(h) FROM ttr),
                       (SELECT h FROM ranked WHERE rn = ceil(0.9 * n))
                """.formatted(file.toString().replace("'", "''"));
        try (Statement statement = duckdb.createStatement(); ResultSet r = statement.executeQuery(query)) {
            r.next();
            return new Figures(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7),
                    round(r.getDouble(8)), round(r.getDouble(9)));
        }
    }

    private static double round(double hours) {
        return Math.round(hours * 1e6) / 1e6;
    }

    /** The figures both sides compute. */
    public record Figures(long tickets, long slaMade, long slaKnown, long reopened, long reassigned, long withKnowledge,
                          long resolved, double medianHours, double p90Hours) {

        static Figures of(TicketKpis k) {
            TicketKpis.Durations d = k.timeToResolve().orElseThrow();
            return new Figures(k.tickets(), k.slaMade(), k.slaKnown(), k.reopened(), k.reassigned(), k.withKnowledge(), d.count(),
                    round(d.median()), round(d.p90()));
        }
    }
}

package dev.itss.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The whole-process anchor of {@code kpi-vs-duckdb.sh}: the ticket KPIs of a ServiceNow-shaped
 * event log computed by DuckDB in a JVM, printed as one line the script compares with
 * {@code itss kpi --format json}. Final row per ticket by the highest {@code sys_mod_count}; SLA,
 * reopen, reassignment and knowledge rates over the tickets; median hours to resolve over the
 * tickets with both times.
 *
 * <pre>{@code
 * java -cp itss-bench/target/benchmarks.jar dev.itss.bench.DuckDbKpis /tmp/sn.csv
 * }</pre>
 */
public final class DuckDbKpis {
    private DuckDbKpis() {}

    public static void main(String[] args) throws SQLException {
        String file = args[0].replace("'", "''");
        String sql = """
                WITH rows AS (SELECT * FROM read_csv('%s', header = true, all_varchar = true, nullstr = '?', quote = '"', escape = '"')),
                final AS (SELECT * FROM rows QUALIFY row_number() OVER (PARTITION BY number ORDER BY CAST(sys_mod_count AS INT) DESC) = 1)
                SELECT count(*) AS tickets,
                       count(*) FILTER (WHERE made_sla = 'true') AS made,
                       count(*) FILTER (WHERE made_sla IS NOT NULL) AS known,
                       count(*) FILTER (WHERE CAST(reopen_count AS INT) > 0) AS reopened,
                       count(*) FILTER (WHERE CAST(reassignment_count AS INT) > 0) AS reassigned,
                       count(*) FILTER (WHERE knowledge = 'true') AS knowledge,
                       median(date_diff('minute', strptime(opened_at, '%%d/%%m/%%Y %%H:%%M'), strptime(resolved_at, '%%d/%%m/%%Y %%H:%%M')) / 60.0)
                           FILTER (WHERE resolved_at IS NOT NULL) AS median_hours
                FROM final
                """.formatted(file);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet r = statement.executeQuery(sql)) {
            r.next();
            System.out.println(String.format(Locale.ROOT, "tickets=%d made=%d known=%d reopened=%d reassigned=%d knowledge=%d median=%.4f",
                    r.getLong("tickets"), r.getLong("made"), r.getLong("known"), r.getLong("reopened"), r.getLong("reassigned"), r.getLong("knowledge"),
                    r.getDouble("median_hours")));
        }
    }
}

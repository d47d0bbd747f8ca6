package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.read.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** XES read safely: no DTD or external entity, globals and log attributes are nobody's trace attributes, a wrong file says what it is. */
class XesSourceTest {
    private static final RecordMapping MAPPING = new RecordMapping("xes", "tickets", ",", "UTF-8", List.of("yyyy-MM-dd'T'HH:mm:ssXXX"), List.of(""),
            Map.of("ticket", "case:concept:name", "openedAt", "time:timestamp", "assignmentGroup", "case:org:group"), Map.of());

    private static TicketKpis read(String xml) {
        return TicketRecords.read("log.xes", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), MAPPING,
                new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.ASSIGNMENT_GROUP));
    }

    @Test
    void globalsAndTheLogsOwnAttributesAreNoTracesAttributes() {
        TicketKpis kpis = read("""
                <log>
                  <global scope="trace"><string key="org:group" value="default group"/></global>
                  <string key="org:group" value="the log's"/>
                  <trace><string key="concept:name" value="C1"/>
                    <event><date key="time:timestamp" value="2024-03-30T12:00:00+01:00"/></event>
                  </trace>
                  <trace><string key="concept:name" value="C2"/><string key="org:group" value="Desk"/>
                    <event><date key="time:timestamp" value="2024-03-30T12:00:00Z"/></event>
                  </trace>
                </log>
                """);
        assertThat(kpis.tickets()).isEqualTo(2);
        assertThat(kpis.groups()).containsOnlyKeys(GroupBy.NO_VALUE, "Desk");
    }

    @Test
    void aDoctypeIsNotReadAndAnExternalEntityNeverExpands() {
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE log [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <log><trace><string key="concept:name" value="&secret;"/>
                  <event><date key="time:timestamp" value="2024-03-30T12:00:00Z"/></event></trace></log>
                """))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("log.xes:")
                .hasMessageContaining("is not valid XES")
                .hasMessageNotContaining("root:");
    }

    @Test
    void aFileThatIsNoXesLogSaysSo() {
        assertThatThrownBy(() -> read("<html><body/></html>"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("log.xes:1: is not an XES log: the root element is <html>; expected <log>");
    }
}

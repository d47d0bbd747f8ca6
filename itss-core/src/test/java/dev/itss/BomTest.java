package dev.itss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The BOM has no parent (so that importing it brings no pins of the project's own dependencies): it must keep up with the parent by hand. */
class BomTest {

    private static Document read(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Path.of(file).toFile());
    }

    private static String child(Element element, String name) {
        NodeList nodes = element.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    @Test
    void theBomListsEveryLibraryModuleAtTheParentsVersionAndPinsItsPluginsLikeTheParent() throws Exception {
        Element parent = read("../pom.xml").getDocumentElement();
        Element bom = read("../itss-bom/pom.xml").getDocumentElement();
        String version = child(parent, "version");
        assertThat(child(bom, "version")).isEqualTo(version);
        assertThat(bom.getElementsByTagName("parent").getLength()).as("an imported BOM brings its parent's pins").isZero();
        List<String> managed = new ArrayList<>();
        NodeList dependencies = ((Element) bom.getElementsByTagName("dependencyManagement").item(0)).getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(child(dependency, "version")).as(child(dependency, "artifactId")).isEqualTo(version);
            managed.add(child(dependency, "artifactId"));
        }
        // the library modules: every module but the BOM, the command line and the benchmarks
        List<String> modules = new ArrayList<>();
        NodeList moduleNodes = parent.getElementsByTagName("module");
        for (int i = 0; i < moduleNodes.getLength(); i++) {
            String module = moduleNodes.item(i).getTextContent().trim();
            if (!List.of("itss-bom", "itss-cli", "itss-bench").contains(module)) {
                modules.add(module);
            }
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(modules);
        Element properties = (Element) parent.getElementsByTagName("properties").item(0);
        NodeList plugins = bom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            String property = child(plugin, "artifactId").replace("maven-", "") + ".version";
            assertThat(child(plugin, "version")).as(property).isEqualTo(child(properties, property));
        }
    }
}

package org.opendoors.translation.service;

import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.translation.domain.BundleFile;
import org.opendoors.translation.domain.BundleFinding;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * XLIFF 2.0 exchange of a language's UI strings with translators' CAT tools. Each key is a unit with its context as
 * a note and a segment whose state says where it stands: {@code initial} (not translated), {@code translated} (made
 * from an older English text: stale) or {@code reviewed} (confirmed against the current English text). An import is
 * checked whole — well-formed XLIFF, known keys, ICU syntax, arguments, plural categories — and applied all or
 * nothing; units whose text did not change leave the files untouched.
 */
public final class XliffExchange {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";

    /** What an import did, or why it did nothing. */
    public record ImportReport(boolean applied, int changed, int unchanged, List<String> problems) {
    }

    private XliffExchange() {
    }

    public static String export(Path folder, SupportedLanguage language) throws IOException {
        BundleFile source = BundleFolder.source(folder);
        BundleFile translation = BundleFolder.translations(folder).get(language);
        Properties sidecar = BundleFolder.sidecar(folder);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<xliff xmlns=\"").append(NAMESPACE).append("\" version=\"2.0\" srcLang=\"")
                .append(MessageCatalog.SOURCE.tag()).append("\" trgLang=\"").append(language.tag()).append("\">\n")
                .append("  <file id=\"messages\" original=\"i18n/").append(MessageCatalog.SOURCE_FILE).append("\">\n");
        for (Map.Entry<String, String> message : source.messages().entrySet()) {
            String key = message.getKey();
            String target = translation == null ? null : translation.messages().get(key);
            String state = target == null ? "initial"
                    : BundleChecker.fingerprint(message.getValue()).equals(sidecar.getProperty(key + ".source." + language.tag()))
                    ? "reviewed" : "translated";
            xml.append("    <unit id=\"").append(escape(key)).append("\">\n");
            String context = sidecar.getProperty(key + ".context");
            if (context != null) {
                xml.append("      <notes><note category=\"context\">").append(escape(context)).append("</note></notes>\n");
            }
            xml.append("      <segment state=\"").append(state).append("\">\n")
                    .append("        <source>").append(escape(message.getValue())).append("</source>\n");
            if (target != null) {
                xml.append("        <target>").append(escape(target)).append("</target>\n");
            }
            xml.append("      </segment>\n    </unit>\n");
        }
        return xml.append("  </file>\n</xliff>\n").toString();
    }

    public static ImportReport importInto(Path folder, SupportedLanguage language, byte[] xliff) throws IOException {
        List<String> problems = new ArrayList<>();
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(xliff));
        } catch (SAXException e) {
            return new ImportReport(false, 0, 0, List.of("not well-formed XML: " + e.getMessage()));
        }
        Element root = document.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"xliff".equals(root.getLocalName())
                || !"2.0".equals(root.getAttribute("version"))) {
            return new ImportReport(false, 0, 0, List.of("not an XLIFF 2.0 document"));
        }
        if (!language.tag().equals(root.getAttribute("trgLang"))) {
            return new ImportReport(false, 0, 0, List.of("the file is for '" + root.getAttribute("trgLang")
                    + "', not '" + language.tag() + "'"));
        }
        BundleFile source = BundleFolder.source(folder);
        BundleFile current = BundleFolder.translations(folder).get(language);
        Map<String, String> merged = new LinkedHashMap<>(current == null ? Map.of() : current.messages());
        Map<String, String> changed = new LinkedHashMap<>();
        int unchanged = 0;
        NodeList units = root.getElementsByTagNameNS(NAMESPACE, "unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            String key = unit.getAttribute("id");
            if (!source.messages().containsKey(key)) {
                problems.add("unit '" + key + "': no such key in the English source");
                continue;
            }
            Element target = first(unit, "target");
            if (target == null) {
                continue;
            }
            String text = target.getTextContent();
            if (text.equals(merged.get(key))) {
                unchanged++;
            } else {
                changed.put(key, text);
                merged.put(key, text);
            }
        }
        Map<SupportedLanguage, BundleFile> candidate = new EnumMap<>(SupportedLanguage.class);
        candidate.put(language, new BundleFile("messages_" + language.tag() + ".properties", merged, Map.of()));
        for (BundleFinding finding : BundleChecker.check(source, candidate, new Properties())) {
            if (finding.isError() && finding.language().equals(language.tag()) && changed.containsKey(finding.key())) {
                problems.add("unit '" + finding.key() + "': " + finding.check() + ": " + finding.message());
            }
        }
        if (!problems.isEmpty()) {
            return new ImportReport(false, 0, 0, problems);
        }
        if (!changed.isEmpty()) {
            BundleWriter.write(folder, language, merged);
            Properties sidecar = BundleFolder.sidecar(folder);
            changed.keySet().forEach(key -> sidecar.setProperty(key + ".source." + language.tag(),
                    BundleChecker.fingerprint(source.messages().get(key))));
            BundleFolder.writeSidecar(folder, sidecar);
        }
        return new ImportReport(true, changed.size(), unchanged, List.of());
    }

    private static Element first(Element unit, String name) {
        NodeList nodes = unit.getElementsByTagNameNS(NAMESPACE, name);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    /** No DTDs, no external entities: an XLIFF file from outside must not read files or reach the network. */
    private static DocumentBuilder parser() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}

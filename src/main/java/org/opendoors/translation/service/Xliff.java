package org.opendoors.translation.service;

import org.opendoors.content.reader.Quoted;
import org.opendoors.translation.domain.XliffProblem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writing and reading the XLIFF 2.0 subset the portal exchanges: units with a context note and one segment. */
final class Xliff {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";

    /**
     * What a parsed file holds: its target language, what its {@code <file>} says it holds (its id and original,
     * which tell interface texts from content texts), and each unit's target text (null when it has none).
     */
    record Parsed(String targetLanguage, String fileId, String original, Map<String, String> targets) {
    }

    private final StringBuilder xml = new StringBuilder();

    Xliff(String sourceLanguage, String targetLanguage, String fileId, String original) {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<xliff xmlns=\"").append(NAMESPACE).append("\" version=\"2.0\" srcLang=\"").append(sourceLanguage)
                .append("\" trgLang=\"").append(targetLanguage).append("\">\n")
                .append("  <file id=\"").append(fileId).append("\" original=\"").append(escape(original)).append("\">\n");
    }

    /** state: initial (no target), translated, or reviewed. */
    Xliff unit(String id, String context, String state, String source, String target) {
        xml.append("    <unit id=\"").append(escape(id)).append("\">\n");
        if (context != null) {
            xml.append("      <notes><note category=\"context\">").append(escape(context)).append("</note></notes>\n");
        }
        xml.append("      <segment state=\"").append(state).append("\">\n")
                .append("        <source>").append(escape(source)).append("</source>\n");
        if (target != null) {
            xml.append("        <target>").append(escape(target)).append("</target>\n");
        }
        xml.append("      </segment>\n    </unit>\n");
        return this;
    }

    String close() {
        return xml.append("  </file>\n</xliff>\n").toString();
    }

    /**
     * The largest XLIFF file read: all of a language's UI strings or content texts are well under a megabyte (the
     * sample city's content texts in one language, about 300 KB).
     */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Why a file could not be read as XLIFF; its message is the problem as the command line prints it. */
    static final class Unreadable extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient XliffProblem problem;

        Unreadable(XliffProblem problem) {
            super(problem.describe());
            this.problem = problem;
        }

        XliffProblem problem() {
            return problem;
        }
    }

    /**
     * Parses an XLIFF 2.0 file; the exception says what is wrong with it. A file over {@link #MAX_BYTES} is refused
     * before it is parsed; a DOCTYPE (and with it every entity, internal or external) is refused by the parser as it
     * meets it.
     */
    static Parsed parse(byte[] bytes) throws IOException, Unreadable {
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable(new XliffProblem.TooLarge(MAX_BYTES));
        }
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new Unreadable(new XliffProblem.NotWellFormed(e.getLineNumber(), Quoted.excerpt(e.getMessage())));
        } catch (SAXException e) {
            throw new Unreadable(new XliffProblem.NotWellFormed(0, Quoted.excerpt(e.getMessage())));
        }
        Element root = document.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"xliff".equals(root.getLocalName())
                || !"2.0".equals(root.getAttribute("version"))) {
            throw new Unreadable(new XliffProblem.NotXliff());
        }
        Map<String, String> targets = new LinkedHashMap<>();
        NodeList units = root.getElementsByTagNameNS(NAMESPACE, "unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            NodeList target = unit.getElementsByTagNameNS(NAMESPACE, "target");
            targets.put(unit.getAttribute("id"), target.getLength() == 0 ? null : target.item(0).getTextContent());
        }
        NodeList files = root.getElementsByTagNameNS(NAMESPACE, "file");
        Element file = files.getLength() == 0 ? null : (Element) files.item(0);
        return new Parsed(root.getAttribute("trgLang"), file == null ? "" : file.getAttribute("id"),
                file == null ? "" : file.getAttribute("original"), targets);
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
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Never resolve anything outside the file, whatever a parser implementation would do by default.
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not read");
            });
            // Errors are reported by the exception they raise, not printed on the server's standard error.
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException exception) {
                    // A warning does not make the file unreadable.
                }

                @Override
                public void error(SAXParseException exception) throws SAXException {
                    throw exception;
                }

                @Override
                public void fatalError(SAXParseException exception) throws SAXException {
                    throw exception;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

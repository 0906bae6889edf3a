package org.minutebook.ingest.sync;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.minutebook.ingest.sync.SiteResponseException.Reason;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's XML parser made safe for answers from the web (no DTDs, no external entities, no
 * XInclude), and the few ways the reader looks into an answer. Element names are compared by local
 * name, ignoring case and namespace, as sites differ in both.
 */
final class SiteXml {
  private SiteXml() {}

  /**
   * The root element of an answer to call, which must be named root.
   *
   * @throws SiteResponseException EMPTY, MALFORMED (HTML, or not well-formed) or UNEXPECTED (another root)
   */
  static Element parse(byte[] body, String call, String root) throws SiteResponseException {
    if (body == null || new String(body, ISO_8859_1).isBlank()) {
      throw new SiteResponseException(call, Reason.EMPTY, body == null ? "no body" : body.length + " bytes of white space");
    }
    if (looksLikeHtml(body)) {
      throw new SiteResponseException(call, Reason.MALFORMED, "an HTML page (an error, login or cookie page?), not XML");
    }
    Document doc;
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(FAIL);
      doc = builder.parse(new InputSource(new ByteArrayInputStream(body)));
    } catch (SAXParseException e) {
      throw new SiteResponseException(call, Reason.MALFORMED,
          "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + oneLine(e.getMessage()), e);
    } catch (SAXException | IOException e) {
      throw new SiteResponseException(call, Reason.MALFORMED, oneLine(e.getMessage()), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser refuses safe settings", e);
    }
    Element found = doc.getDocumentElement();
    String name = name(found);
    if (name.equals("html")) {
      throw new SiteResponseException(call, Reason.MALFORMED, "an HTML page (an error, login or cookie page?), not XML");
    }
    if (!name.equals(root)) {
      throw new SiteResponseException(call, Reason.UNEXPECTED, "expected <" + root + ">, found <" + name + ">");
    }
    return found;
  }

  /** The first child element of that name, or null. */
  static Element child(Element parent, String name) {
    for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name(e).equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** The child elements of that name, in order. */
  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name(e).equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The elements of that name anywhere below parent, in document order. */
  static List<Element> descendants(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList all = parent.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      if (all.item(i) instanceof Element e && name(e).equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The text of the child of that name, stripped; null when there is none or it is blank. */
  static String text(Element parent, String name) {
    Element e = child(parent, name);
    if (e == null) {
      return null;
    }
    String t = e.getTextContent().strip();
    return t.isEmpty() ? null : t;
  }

  /** An attribute's value, or the text of a child of that name (sites differ), stripped; null when blank. */
  static String attributeOrText(Element e, String name) {
    for (int i = 0; i < e.getAttributes().getLength(); i++) {
      Node a = e.getAttributes().item(i);
      String local = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
      if (local.equalsIgnoreCase(name) && !a.getNodeValue().isBlank()) {
        return a.getNodeValue().strip();
      }
    }
    return text(e, name);
  }

  private static String name(Element e) {
    String local = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
    return local.toLowerCase(Locale.ROOT);
  }

  /** Whether the body opens as an HTML page does, which the XML parser would only call malformed. */
  private static boolean looksLikeHtml(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 512), ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3).stripLeading(); // a UTF-8 byte-order mark
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    // the JDK's own parser, whatever else is on the class path (CoreNLP brings a Xerces)
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f;
  }

  private static String oneLine(String message) {
    return message == null ? "unreadable" : message.strip().replaceAll("\\s+", " ");
  }

  /** Errors end the parse (and are reported once, by the exception); nothing is printed to stderr. */
  private static final ErrorHandler FAIL = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXParseException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      throw e;
    }
  };
}

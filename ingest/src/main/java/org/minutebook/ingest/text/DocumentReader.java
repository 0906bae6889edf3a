package org.minutebook.ingest.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.tika.Tika;
import org.minutebook.ingest.BadInputException;
import org.minutebook.ingest.ocr.ScanReader;
import org.minutebook.model.RefusalReason;

/**
 * The first stage: a file on disk becomes a {@link TextDocument}. Detects the file's type from
 * its content with Tika (never from its name), hashes it, and hands it to the reader for its
 * format.
 *
 * <p>A PDF's pages without a usable text layer are read by OCR when the scan reader's engine is
 * available ({@link PdfTextReader#read(Path, byte[], ScanReader)}); without one, a document that is
 * a scan as a whole is refused NO_TEXT_LAYER with the reason OCR could not read it.
 *
 * <p>Contract: reads the whole file once and closes it; throws {@link BadInputException} with
 * NOT_FOUND, UNREADABLE, EMPTY_FILE, NOT_A_PDF, ENCRYPTED, DAMAGED or NO_TEXT_LAYER.
 */
public final class DocumentReader {
  /** Fewer glyphs than this per page on average, and the document is treated as a scan. */
  private static final int MIN_GLYPHS_PER_PAGE = PdfTextReader.MIN_GLYPHS_PER_PAGE;

  private final Tika tika = new Tika();
  private final PdfTextReader pdf = new PdfTextReader();
  private final HtmlTextReader html = new HtmlTextReader();
  private final ScanReader scans;

  /** A reader that reads no page by OCR. */
  public DocumentReader() {
    this(null);
  }

  /** A reader whose pages without a usable text layer are read by these scans (null: none). */
  public DocumentReader(ScanReader scans) {
    this.scans = scans;
  }

  public TextDocument read(Path file) throws BadInputException {
    return read(file, readAll(file));
  }

  /** Reads a file whose bytes the caller has already read; file names it in errors. */
  public TextDocument read(Path file, byte[] bytes) throws BadInputException {
    return read(file, bytes, null);
  }

  /** {@link #read(Path, byte[])} when the caller has hashed the bytes too (sha256: their {@link #sha256}, or null). */
  public TextDocument read(Path file, byte[] bytes, String sha256) throws BadInputException {
    if (bytes.length == 0) {
      throw new BadInputException(file, RefusalReason.EMPTY_FILE, null);
    }
    String name = file.getFileName().toString();
    String sha = sha256 != null ? sha256 : sha256(bytes);
    String type = startsWithPdfHeader(bytes) ? "application/pdf" : detect(bytes);
    if (type.equals("application/pdf")) {
      PdfTextReader.Read read = pdf.read(file, bytes, scans);
      List<Page> pages = read.pages();
      int glyphs = pages.stream().mapToInt(Page::glyphs).sum();
      String why = read.ocr() != null ? "" : read.needed() == 0 || scans == null ? "" : "; " + scans.engine().unavailable();
      if (glyphs < MIN_GLYPHS_PER_PAGE * pages.size() && glyphs < 200) {
        String what = read.ocr() != null ? read.ocr().pages() + " pages read by OCR, " + read.ocr().words() + " words found"
            : pages.size() + " pages, " + glyphs + " characters of text";
        String failed = read.failures().isEmpty() ? "" : "; " + read.failures().get(0);
        throw new BadInputException(file, RefusalReason.NO_TEXT_LAYER, what + failed + why);
      }
      if (TextQuality.isGarbled(pages)) {
        throw new BadInputException(file, RefusalReason.NO_TEXT_LAYER, "the text layer is unreadable (broken font encoding)" + why);
      }
      return new TextDocument(name, sha, TextDocument.Format.PDF, pages, read.ocr());
    }
    if (type.equals("text/html") || type.equals("application/xhtml+xml") || looksLikeHtml(bytes)) {
      return new TextDocument(name, sha, TextDocument.Format.HTML, html.read(bytes));
    }
    throw new BadInputException(file, RefusalReason.NOT_A_PDF, "detected " + type);
  }

  /** The PDF header at the very start: a PDF, without asking Tika (its magic gives the same answer, slower). */
  private static boolean startsWithPdfHeader(byte[] bytes) {
    byte[] magic = {'%', 'P', 'D', 'F', '-'};
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private String detect(byte[] bytes) {
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return tika.detect(in);
    } catch (IOException e) {
      return "application/octet-stream";
    }
  }

  /** A fragment of a page (as a CMS serves it) may have no doctype for Tika's magic to see. */
  private static boolean looksLikeHtml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<body") || head.contains("<p>") || head.contains("<h1")
        || head.contains("<h2") || head.contains("<h3") || head.contains("<h4") || head.contains("<div");
  }

  /** The file's bytes, or the reason they cannot be had (NOT_FOUND, UNREADABLE). */
  public static byte[] readAll(Path file) throws BadInputException {
    try {
      if (Files.isDirectory(file)) {
        throw new BadInputException(file, RefusalReason.UNREADABLE, "is a folder");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, RefusalReason.NOT_FOUND, null, e);
    } catch (IOException e) {
      throw new BadInputException(file, RefusalReason.UNREADABLE, e.getMessage(), e);
    }
  }

  /** Hex SHA-256 of the bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}

package org.minutebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code minutebook scan-copies --out DIR FILE...}: a measuring tool, like {@code bench}. Makes
 * an image-only copy of each PDF, a fake scan, so that OCR can be scored against the gold of the
 * text original: every page rendered by PDFBox, spoiled as {@link FakeScan} describes, encoded
 * as one JPEG (or lossless) image filling a page of the original's media box, crop box and
 * rotation, with no text layer. The copy is DIR/the input's file name, written whole or not at
 * all. Deterministic: the random source of a file is its seed combined with its file name, each
 * page's split from it in page order, so the same settings give the same bytes. One page is in
 * memory at a time; the encoded images wait in a temporary file until the copy is saved.
 */
@Command(
    name = "scan-copies",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {"Make image-only copies of PDFs that look scanned (skewed, specked, slightly blurred, optionally"
        + " watermarked), with no text layer, for measuring OCR against the originals' gold.",
        "Writes DIR/<file name>; the same --seed gives the same bytes. One line per file on stderr; a summary on"
        + " stdout with --json."},
    footer = ExitCode.HELP)
final class ScanCopiesCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text PDFs to copy as scans.")
  List<Path> files;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the copies (made if missing).")
  Path outDir;

  @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "200",
      description = "Resolution of the page images (default ${DEFAULT-VALUE}).")
  float dpi;

  @Option(names = "--rotate-max", paramLabel = "DEGREES", defaultValue = "1.0",
      description = "Largest skew either way; each page is turned by a random angle up to it (default ${DEFAULT-VALUE}).")
  double rotateMax;

  @Option(names = "--noise", paramLabel = "SHARE", defaultValue = "0.03",
      description = "Share of pixels turned into black or grey specks (default ${DEFAULT-VALUE}); a light blur follows.")
  double noise;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
      description = "Seed of the random skews and specks, combined with each file name (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--turn", paramLabel = "DEGREES", defaultValue = "0",
      description = "Turn every page clockwise by 90, 180 or 270 degrees, as a page fed into the scanner sideways or upside"
          + " down (default ${DEFAULT-VALUE}).")
  int turn;

  @Option(names = "--watermark", paramLabel = "TEXT",
      description = "Print TEXT in translucent red across every page, e.g. DRAFT (pages are then in colour).")
  String watermark;

  @Option(names = "--jpeg-quality", paramLabel = "Q", defaultValue = "0.85",
      description = "JPEG quality 0..1 of the page images; 1 stores them lossless instead (default ${DEFAULT-VALUE}).")
  float jpegQuality;

  /** Why an input cannot be copied: it is named with this on stderr and the others go on. */
  private static final class Unreadable extends Exception {
    Unreadable(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  /** A copy written. */
  private record Written(Path input, Path output, int pages, long bytes, double seconds) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String wrong = wrongSettings();
    if (wrong != null) {
      err.println("minutebook: " + wrong);
      return ExitCode.USAGE;
    }
    FakeScan.Settings settings = new FakeScan.Settings(rotateMax, noise, watermark);
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      err.println("minutebook: cannot make the folder " + outDir + ": " + e);
      return ExitCode.ENVIRONMENT;
    }
    boolean trace = RunOptions.given(spec.root().commandLine().getParseResult(), "--stacktrace");
    ArrayNode summary = JSON.createArrayNode();
    Set<Path> names = new HashSet<>();
    int refused = 0;
    for (Path file : files) {
      ObjectNode row = summary.addObject().put("input", file.toString());
      try {
        Path target = outDir.resolve(file.getFileName());
        if (!names.add(file.getFileName())) {
          throw new Unreadable("an earlier input has the same file name, " + file.getFileName(), null);
        }
        if (Files.exists(file) && Files.exists(target) && Files.isSameFile(file, target)) {
          throw new Unreadable("its copy would overwrite it (--out is its own folder)", null);
        }
        Written w = copy(file, target, settings);
        err.printf(Locale.ROOT, "minutebook: %s: wrote %s (%d page%s, %.1f MiB, %.1f s)%n", file, w.output(), w.pages(),
            w.pages() == 1 ? "" : "s", w.bytes() / 1048576.0, w.seconds());
        row.put("output", w.output().toString()).put("pages", w.pages()).put("bytes", w.bytes()).put("seconds", w.seconds());
      } catch (Unreadable e) {
        refused++;
        err.println("minutebook: " + file + ": refused: " + e.getMessage());
        if (trace && e.getCause() != null) {
          e.getCause().printStackTrace(err);
        }
        row.put("refused", e.getMessage());
      } catch (IOException e) {
        // reading worked; writing the copy did not: the folder is the problem, not the input
        err.println("minutebook: " + file + ": cannot write its copy into " + outDir + ": " + e);
        if (trace) {
          e.printStackTrace(err);
        }
        return ExitCode.ENVIRONMENT;
      }
      err.flush();
    }
    if (output.json) {
      out.println(JSON.writeValueAsString(JSON.createObjectNode().set("files", summary)));
    }
    return refused > 0 ? ExitCode.REFUSED : ExitCode.OK;
  }

  private String wrongSettings() {
    if (!(dpi >= 10 && dpi <= 1200)) {
      return "--dpi must be 10..1200, not " + dpi;
    }
    if (!(rotateMax >= 0 && rotateMax <= 45)) {
      return "--rotate-max must be 0..45 degrees, not " + rotateMax;
    }
    if (!(noise >= 0 && noise <= 1)) {
      return "--noise must be a share 0..1, not " + noise;
    }
    if (turn != 0 && turn != 90 && turn != 180 && turn != 270) {
      return "--turn must be 0, 90, 180 or 270 degrees, not " + turn;
    }
    if (!(jpegQuality > 0 && jpegQuality <= 1)) {
      return "--jpeg-quality must be above 0 and at most 1, not " + jpegQuality;
    }
    if (watermark != null && watermark.isBlank()) {
      return "--watermark needs some text";
    }
    return null;
  }

  /**
   * Writes the scanned copy of file to target through a temporary file beside it. Throws
   * Unreadable when PDFBox cannot read or render the input, IOException when the copy cannot be
   * written; either way no partial copy is left.
   */
  private Written copy(Path file, Path target, FakeScan.Settings settings) throws Unreadable, IOException {
    long start = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + file.getFileName().toString().hashCode());
    Path part = outDir.resolve("." + file.getFileName() + ".part"); // made with the usual permissions, unlike a temp file
    int pages;
    try {
      try (PDDocument source = load(file);
          PDDocument copy = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
        byte[] id = id(file);
        PDFRenderer renderer = new PDFRenderer(source);
        ImageType type = watermark == null ? ImageType.GRAY : ImageType.RGB;
        pages = source.getNumberOfPages();
        if (pages == 0) {
          throw new Unreadable("PDFBox finds no pages in it", null);
        }
        for (int i = 0; i < pages; i++) {
          BufferedImage image;
          try {
            image = renderer.renderImageWithDPI(i, dpi, type);
          } catch (IOException | RuntimeException e) {
            // PDFBox throws unchecked exceptions too on some damaged content streams
            throw new Unreadable("PDFBox cannot render page " + (i + 1) + ": " + e, e);
          }
          BufferedImage scanned = FakeScan.apply(image, settings, random.split());
          if (turn == 0) {
            addPage(copy, source.getPage(i), scanned);
          } else {
            addTurnedPage(copy, FakeScan.turned(scanned, turn));
          }
        }
        COSString fileId = new COSString(id);
        COSArray ids = new COSArray();
        ids.add(fileId);
        ids.add(fileId);
        copy.getDocument().getTrailer().setItem(COSName.ID, ids); // else PDFBox makes one from the clock
        copy.save(part.toFile());
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
    return new Written(file, target, pages, Files.size(target), (System.nanoTime() - start) / 1e9);
  }

  private static PDDocument load(Path file) throws Unreadable {
    if (!Files.isRegularFile(file)) {
      throw new Unreadable(Files.exists(file) ? "not a file" : "no such file", null);
    }
    try {
      if (Files.size(file) == 0) {
        throw new Unreadable("the file is empty", null);
      }
      return Loader.loadPDF(file.toFile());
    } catch (InvalidPasswordException e) {
      throw new Unreadable("encrypted with a password", e);
    } catch (AccessDeniedException e) {
      throw new Unreadable("not readable: permission denied", e);
    } catch (IOException e) {
      throw new Unreadable("PDFBox cannot read it: " + e.getMessage(), e);
    }
  }

  /**
   * Adds a page of original's media box, crop box and rotation whose only content is image drawn
   * over the crop box, turned so that it stands as the original does in a viewer (PDFRenderer
   * renders the crop box already turned by the page's rotation).
   */
  private void addPage(PDDocument copy, PDPage original, BufferedImage image) throws IOException {
    PDRectangle media = original.getMediaBox();
    PDRectangle crop = original.getCropBox();
    PDPage page = new PDPage(new PDRectangle(media.getLowerLeftX(), media.getLowerLeftY(), media.getWidth(), media.getHeight()));
    if (!Arrays.equals(crop.getCOSArray().toFloatArray(), media.getCOSArray().toFloatArray())) {
      page.setCropBox(new PDRectangle(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight()));
    }
    int rotation = Math.floorMod(original.getRotation(), 360);
    rotation = rotation % 90 == 0 ? rotation : 0; // PDFRenderer ignores other angles too
    page.setRotation(rotation);
    copy.addPage(page);
    PDImageXObject xobject = jpegQuality >= 1
        ? LosslessFactory.createFromImage(copy, image)
        : JPEGFactory.createFromImage(copy, image, jpegQuality, Math.round(dpi));
    float x = crop.getLowerLeftX();
    float y = crop.getLowerLeftY();
    float w = crop.getWidth();
    float h = crop.getHeight();
    // from the upright image's space (as the viewer shows the page) to the page's own space
    Matrix upright = switch (rotation) {
      case 90 -> new Matrix(0, 1, -1, 0, x + w, y);
      case 180 -> new Matrix(-1, 0, 0, -1, x + w, y + h);
      case 270 -> new Matrix(0, -1, 1, 0, x, y + h);
      default -> new Matrix(1, 0, 0, 1, x, y);
    };
    boolean sideways = rotation == 90 || rotation == 270;
    try (PDPageContentStream content = new PDPageContentStream(copy, page)) {
      content.transform(upright);
      content.drawImage(xobject, 0, 0, sideways ? h : w, sideways ? w : h);
    }
  }

  /** Adds a page as big as the turned image at the copy's resolution, the image its only content, upright in its own space. */
  private void addTurnedPage(PDDocument copy, BufferedImage image) throws IOException {
    float w = image.getWidth() * 72f / dpi;
    float h = image.getHeight() * 72f / dpi;
    PDPage page = new PDPage(new PDRectangle(w, h));
    copy.addPage(page);
    PDImageXObject xobject = jpegQuality >= 1
        ? LosslessFactory.createFromImage(copy, image)
        : JPEGFactory.createFromImage(copy, image, jpegQuality, Math.round(dpi));
    try (PDPageContentStream content = new PDPageContentStream(copy, page)) {
      content.drawImage(xobject, 0, 0, w, h);
    }
  }

  /** The copy's file identifier: a digest of the input's bytes and every setting that shapes the copy. */
  private byte[] id(Path file) throws Unreadable {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
      String settings = String.join("\n", file.getFileName().toString(), Float.toString(dpi), Double.toString(rotateMax),
          Double.toString(noise), Long.toString(seed), String.valueOf(watermark), Float.toString(jpegQuality), Integer.toString(turn));
      digest.update(settings.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(digest.digest(), 16);
    } catch (IOException e) {
      throw new Unreadable(Files.exists(file) ? "not readable: " + e.getMessage() : "no such file", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}

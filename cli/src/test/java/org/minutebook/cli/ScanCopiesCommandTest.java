package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What scan-copies promises: image-only copies of the original's pages, reproducible, and a batch that names bad files. */
class ScanCopiesCommandTest {
  private static final Path SAMPLE = Path.of("..", "samples", "ayton-cc-2015-03-03.pdf");

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aCopyHasTheOriginalsPagesEachOneImageAndNoText() throws IOException {
    Path into = dir.resolve("scans");
    Run r = run("scan-copies", "--dpi", "100", "--out", into.toString(), SAMPLE.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertEquals("", r.out(), "nothing on stdout without --json");
    Path copy = into.resolve(SAMPLE.getFileName());
    assertTrue(r.err().strip().matches("minutebook: .*ayton-cc-2015-03-03\\.pdf: wrote .*ayton-cc-2015-03-03\\.pdf \\(2 pages.*"),
        r.err());
    try (PDDocument original = Loader.loadPDF(SAMPLE.toFile()); PDDocument scan = Loader.loadPDF(copy.toFile())) {
      assertEquals(original.getNumberOfPages(), scan.getNumberOfPages());
      for (int i = 0; i < scan.getNumberOfPages(); i++) {
        PDPage page = scan.getPage(i);
        assertArrayEquals(original.getPage(i).getMediaBox().getCOSArray().toFloatArray(),
            page.getMediaBox().getCOSArray().toFloatArray(), "page " + (i + 1) + " keeps its size");
        PDResources resources = page.getResources();
        List<COSName> xobjects = new ArrayList<>();
        resources.getXObjectNames().forEach(xobjects::add);
        assertEquals(1, xobjects.size(), "one XObject on page " + (i + 1));
        assertTrue(resources.getXObject(xobjects.get(0)) instanceof PDImageXObject, "and it is an image");
        assertFalse(resources.getFontNames().iterator().hasNext(), "no fonts on page " + (i + 1));
      }
      assertTrue(new PDFTextStripper().getText(scan).isBlank(), "no text layer");
    }
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
    byte[] first = copyWithSeed("7", "a");
    byte[] again = copyWithSeed("7", "b");
    byte[] other = copyWithSeed("8", "c");
    assertArrayEquals(first, again, "same seed, same bytes");
    assertFalse(Arrays.equals(first, other), "another seed, other bytes");
  }

  private byte[] copyWithSeed(String seed, String folder) throws IOException {
    Path into = dir.resolve(folder);
    Run r = run("scan-copies", "--dpi", "72", "--seed", seed, "--out", into.toString(), SAMPLE.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    return Files.readAllBytes(into.resolve(SAMPLE.getFileName()));
  }

  @Test
  void anUnreadableFileIsNamedWithItsReasonAndTheOthersAreStillWritten() throws IOException {
    Path truncated = dir.resolve("truncated.pdf");
    Files.write(truncated, Arrays.copyOf(Files.readAllBytes(SAMPLE), 100));
    Path into = dir.resolve("scans");
    Run r = run("scan-copies", "--dpi", "72", "--json", "--out", into.toString(), truncated.toString(), SAMPLE.toString());
    assertEquals(ExitCode.REFUSED, r.code(), r.err());
    assertTrue(r.err().contains("minutebook: " + truncated + ": refused: PDFBox cannot read it: "), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace without --stacktrace: " + r.err());
    assertTrue(Files.isRegularFile(into.resolve(SAMPLE.getFileName())), "the good file is still copied");
    try (Stream<Path> written = Files.list(into)) {
      assertEquals(List.of(SAMPLE.getFileName().toString()), written.map(p -> p.getFileName().toString()).toList(),
          "no copy, whole or partial, of the unreadable one");
    }
    JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
    assertEquals(2, files.size(), r.out());
    assertTrue(files.get(0).get("refused").asText().startsWith("PDFBox cannot read it"), r.out());
    assertEquals(2, files.get(1).get("pages").asInt(), r.out());
  }

  @Test
  void withStacktraceARefusalShowsItsCause() throws IOException {
    Path truncated = dir.resolve("truncated.pdf");
    Files.write(truncated, Arrays.copyOf(Files.readAllBytes(SAMPLE), 100));
    Run r = run("scan-copies", "--stacktrace", "--out", dir.resolve("scans").toString(), truncated.toString());
    assertEquals(ExitCode.REFUSED, r.code(), r.err());
    assertTrue(r.err().contains("\tat org.apache.pdfbox."), r.err());
  }

  /**
   * A page turned by /Rotate stands in the copy as in the original: with neither skew nor specks
   * and lossless images, the copy rendered looks like the original rendered, down to a coarse grid.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 90, 180, 270})
  void aRotatedPageStandsAsInTheOriginal(int rotation) throws IOException {
    Path original = dir.resolve("rotated-" + rotation + ".pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(400, 200));
      page.setRotation(rotation);
      page.setCropBox(new PDRectangle(20, 10, 360, 180)); // a crop box unlike the media box is kept too
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.addRect(20, 10, 120, 60); // a black block in the crop box's lower left corner
        content.fill();
      }
      doc.save(original.toFile());
    }
    Path into = dir.resolve("scans");
    Run r = run("scan-copies", "--dpi", "72", "--rotate-max", "0", "--noise", "0", "--jpeg-quality", "1",
        "--out", into.toString(), original.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    try (PDDocument before = Loader.loadPDF(original.toFile());
        PDDocument after = Loader.loadPDF(into.resolve(original.getFileName()).toFile())) {
      assertEquals(rotation, after.getPage(0).getRotation());
      assertArrayEquals(before.getPage(0).getCropBox().getCOSArray().toFloatArray(),
          after.getPage(0).getCropBox().getCOSArray().toFloatArray());
      BufferedImage seenBefore = new PDFRenderer(before).renderImageWithDPI(0, 36, ImageType.GRAY);
      BufferedImage seenAfter = new PDFRenderer(after).renderImageWithDPI(0, 36, ImageType.GRAY);
      assertEquals(seenBefore.getWidth(), seenAfter.getWidth());
      assertEquals(seenBefore.getHeight(), seenAfter.getHeight());
      double[] gridBefore = grid(seenBefore);
      double[] gridAfter = grid(seenAfter);
      for (int i = 0; i < gridBefore.length; i++) {
        assertEquals(gridBefore[i], gridAfter[i], 20, "cell " + i + " at rotation " + rotation);
      }
    }
  }

  /** Mean grey of each cell of a 4 x 4 grid over the image. */
  private static double[] grid(BufferedImage image) {
    double[] sums = new double[16];
    int[] counts = new int[16];
    int w = image.getWidth();
    int h = image.getHeight();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int cell = (y * 4 / h) * 4 + x * 4 / w;
        sums[cell] += image.getRaster().getSample(x, y, 0);
        counts[cell]++;
      }
    }
    for (int i = 0; i < sums.length; i++) {
      sums[i] /= counts[i];
    }
    return sums;
  }

  @Test
  void aWatermarkIsPrintedInRed() throws IOException {
    Path into = dir.resolve("draft");
    Run r = run("scan-copies", "--dpi", "72", "--watermark", "DRAFT", "--out", into.toString(), SAMPLE.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    try (PDDocument scan = Loader.loadPDF(into.resolve(SAMPLE.getFileName()).toFile())) {
      PDResources resources = scan.getPage(0).getResources();
      PDImageXObject image = (PDImageXObject) resources.getXObject(resources.getXObjectNames().iterator().next());
      assertEquals(PDDeviceRGB.INSTANCE, image.getColorSpace());
      BufferedImage seen = new PDFRenderer(scan).renderImageWithDPI(0, 36, ImageType.RGB);
      long reddish = 0;
      for (int y = 0; y < seen.getHeight(); y++) {
        for (int x = 0; x < seen.getWidth(); x++) {
          int rgb = seen.getRGB(x, y);
          int red = rgb >> 16 & 0xff;
          int green = rgb >> 8 & 0xff;
          reddish += red - green > 40 ? 1 : 0;
        }
      }
      assertTrue(reddish > seen.getWidth() * seen.getHeight() / 50, "some red across the page: " + reddish + " pixels");
    }
  }

  @Test
  void aSettingOutOfRangeIsAUsageError() {
    Run r = run("scan-copies", "--noise", "2", "--out", dir.toString(), SAMPLE.toString());
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.err().contains("--noise"), r.err());
  }
}

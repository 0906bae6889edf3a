package org.minutebook.ingest.ocr;

import java.util.List;

/**
 * Reads the words of a page image, each with its box and confidence.
 *
 * <p>Contract: {@link #words} takes an 8-bit grey image (rows of {@code width} bytes, 0 black)
 * rendered at {@code dpi}, and returns its words in the image's pixels, grouped in lines as the
 * engine found them; it may be called from several threads at once. An engine that is not
 * {@link #available()} says why in {@link #unavailable()}, for the refusal of a scan.
 */
public interface OcrEngine {
  /** One word: its text, its box in pixels from the top left, and the engine's confidence (0-100). */
  record Word(String text, int left, int top, int width, int height, float confidence) {}

  /** The words of one line, left to right, and the line's box. */
  record Line(List<Word> words, int left, int top, int width, int height) {
    public Line {
      words = List.copyOf(words);
    }
  }

  /** Whether this engine can read images here. */
  boolean available();

  /** Why it cannot, as the end of a refusal ("Tesseract is not installed: ..."); null when it can. */
  String unavailable();

  /**
   * The lines of words in an image.
   *
   * @throws OcrException when the engine failed on this image (the page is then left unread)
   */
  List<Line> words(byte[] grey, int width, int height, int dpi) throws OcrException;

  /**
   * How far the page is turned: the degrees (0, 90, 180 or 270) to turn it clockwise to read it
   * upright; 0 when upright or when the engine cannot tell. Asked only of pages whose words read
   * badly, so an engine without orientation detection keeps the default.
   *
   * @throws OcrException when the engine failed on this image
   */
  default int orientation(byte[] grey, int width, int height, int dpi) throws OcrException {
    return 0;
  }

  /** How many images it reads at once at most (its processes or threads). */
  int parallelism();

  /** An engine that reads nothing, for this reason (OCR switched off, or not installed). */
  static OcrEngine none(String reason) {
    return new OcrEngine() {
      @Override
      public boolean available() {
        return false;
      }

      @Override
      public String unavailable() {
        return reason;
      }

      @Override
      public List<Line> words(byte[] grey, int width, int height, int dpi) throws OcrException {
        throw new OcrException(reason);
      }

      @Override
      public int parallelism() {
        return 1;
      }
    };
  }

  /** Thrown when the engine fails on one image. */
  final class OcrException extends Exception {
    public OcrException(String message) {
      super(message);
    }

    public OcrException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

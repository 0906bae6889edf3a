package org.minutebook.ingest.dates;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.TimeExpression;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Stanford CoreNLP's SUTime on tagged tokens. Each instance loads it once, on its first question
 * (only when the next meeting's date is in words the minutes' own date reader cannot read); make one per
 * run and share it. When it cannot be loaded or run (too little memory), this instance answers
 * nothing from then on and says so ({@link #available()}).
 * Its year for a date printed without one is not to be trusted (it may pick the year before the
 * reference, and it ignores the weekday): {@link NextMeetingFinder} checks what it gives.
 *
 * <p>Thread-safe: the first question loads SUTime once however many threads ask it, and its
 * questions are then answered one at a time. SUTime is not safe to ask concurrently: its rules
 * tag the values they match in an environment shared by every question (CoreNLP issue 1061, "SUTime
 * is stateful"), so two questions at once could read each other's tags.
 */
public final class SuTime implements TimeNormaliser {
  private static final String RULES = "edu/stanford/nlp/models/sutime/english.sutime.txt";

  private final Supplier<AnnotationPipeline> loader;
  /** Guards the loading. */
  private final Object lock = new Object();
  /** Guards the questions, one at a time (see above), and their costs. */
  private final Object asking = new Object();
  private volatile AnnotationPipeline pipeline;
  private volatile boolean failed;
  private volatile long loadNanos;
  private long askNanos;
  private int phrases;

  /** SUTime loaded with this loader (tests give one that fails). */
  SuTime(Supplier<AnnotationPipeline> loader) {
    this.loader = loader;
  }

  /** SUTime when its rules (in the models jar) are on the class path (not loaded yet), else the normaliser that reads nothing. */
  public static TimeNormaliser onClassPath() {
    return SuTime.class.getClassLoader().getResource(RULES) != null ? new SuTime(SuTime::load) : TimeNormaliser.NONE;
  }

  @Override
  public boolean available() {
    return !failed;
  }

  @Override
  public Optional<String> normalise(String phrase, LocalDate reference) {
    if (failed) {
      return Optional.empty();
    }
    Annotation a = new Annotation(phrase);
    a.set(CoreAnnotations.DocDateAnnotation.class, reference.toString());
    try {
      AnnotationPipeline p = pipeline();
      synchronized (asking) {
        long start = System.nanoTime();
        try {
          p.annotate(a);
        } finally {
          askNanos += System.nanoTime() - start;
          phrases++;
        }
      }
    } catch (RuntimeException | OutOfMemoryError e) {
      // SUTime that cannot run must not cost the document: the deadline keeps its words, without a date
      failed = true;
      pipeline = null;
      return Optional.empty();
    }
    List<CoreMap> found = a.get(TimeAnnotations.TimexAnnotations.class);
    if (found == null) {
      return Optional.empty();
    }
    for (CoreMap m : found) {
      TimeExpression t = m.get(TimeExpression.Annotation.class);
      if (t != null && t.getTemporal() != null && t.getTemporal().getTimexValue() != null) {
        return Optional.of(t.getTemporal().getTimexValue());
      }
    }
    return Optional.empty();
  }

  private AnnotationPipeline pipeline() {
    AnnotationPipeline p = pipeline;
    if (p == null) {
      synchronized (lock) {
        p = pipeline;
        if (p == null) {
          if (failed) {
            // another thread's question failed meanwhile: SUTime is not loaded again
            throw new IllegalStateException("SUTime failed");
          }
          long start = System.nanoTime();
          p = loader.get();
          loadNanos = System.nanoTime() - start;
          pipeline = p;
        }
      }
    }
    return p;
  }

  /** Time spent loading SUTime and reading phrases so far by this instance, and phrases asked about. */
  @Override
  public Usage usage() {
    synchronized (asking) {
      return new Usage(loadNanos, askNanos, phrases);
    }
  }

  /** SUTime, loaded (about 2 s of CPU: the part-of-speech tagger and the rules). */
  static AnnotationPipeline load() {
    AnnotationPipeline p = new AnnotationPipeline();
    p.addAnnotator(new TokenizerAnnotator(false, "en"));
    // (since CoreNLP 4.5 the tokenizer splits sentences itself)
    // the tagger tells the month "March" (or "May") from the verb: SUTime skips them untagged
    Properties pos = new Properties();
    pos.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    p.addAnnotator(new POSTaggerAnnotator("pos", pos));
    Properties props = new Properties();
    props.setProperty("sutime.includeRange", "true");
    props.setProperty("sutime.markTimeRanges", "false");
    p.addAnnotator(new TimeAnnotator("sutime", props));
    return p;
  }
}

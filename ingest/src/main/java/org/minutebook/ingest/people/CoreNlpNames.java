package org.minutebook.ingest.people;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * People's names by Stanford CoreNLP's named-entity recogniser, with only what that needs:
 * tokenize, ssplit and the three-class NER model, without fine-grained classes, SUTime or numeric
 * classifiers, and without the part-of-speech tagger and lemmatiser that CoreNLP puts before
 * {@code ner} by default. The three-class model reads no tags: over the 3,964 sentences of the
 * shared files' items, it tagged the same people with and without them, but for pronouns ("he",
 * "her", which the tagger adds as mentions) and one single word ("Bin"), neither of which can
 * confirm a proposed name of two or more words. Without the tagger it loads in about 60% of the
 * CPU time (1.5 s instead of 2.5 s) and answers in about a third.
 *
 * <p>Each instance loads the models once, on its first question, so a run that never needs them
 * never pays for them; make one per run and share it. They come from the models jar, a separate
 * artifact kept out of the runnable jar: {@link #onClassPath()} gives {@link NameFinder#NONE}
 * when it is not on the class path. When the models cannot be loaded or run (too little memory, a
 * damaged jar), this instance answers nothing from then on and says so ({@link #available()});
 * another instance tries again.
 *
 * <p>Thread-safe: the first question loads the pipeline once however many threads ask it, and the
 * others wait for it; the pipeline is then asked concurrently, each question on its own {@code
 * CoreDocument} (CoreNLP's own {@code threads} mode shares one pipeline's annotators in this way).
 */
public final class CoreNlpNames implements NameFinder {
  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private final Supplier<StanfordCoreNLP> loader;
  /** Guards the loading. */
  private final Object lock = new Object();
  private volatile StanfordCoreNLP pipeline;
  /** Set when the models could not be loaded or run: names are then not looked for. */
  private volatile boolean failed;
  private volatile long loadNanos;
  /** Time spent in the recogniser's answers, summed over the threads asking. */
  private final LongAdder askNanos = new LongAdder();
  private final AtomicInteger sentences = new AtomicInteger();

  /** A recogniser that loads its pipeline with this loader (tests give one that fails). */
  CoreNlpNames(Supplier<StanfordCoreNLP> loader) {
    this.loader = loader;
  }

  /** The recogniser when its models are on the class path (not loaded yet), else the finder that finds nothing. */
  public static NameFinder onClassPath() {
    ClassLoader loader = CoreNlpNames.class.getClassLoader();
    return loader.getResource(NER_MODEL) != null ? new CoreNlpNames(CoreNlpNames::load) : NameFinder.NONE;
  }

  @Override
  public boolean available() {
    return !failed;
  }

  @Override
  public List<String> people(String sentence) {
    if (failed) {
      return List.of();
    }
    CoreDocument doc = new CoreDocument(sentence);
    long start = 0;
    try {
      StanfordCoreNLP p = pipeline();
      start = System.nanoTime();
      p.annotate(doc);
    } catch (RuntimeException | OutOfMemoryError e) {
      // a recogniser that cannot run must not cost the document: resolution falls back to attendance
      failed = true;
      pipeline = null;
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (CoreEntityMention m : doc.entityMentions()) {
      if ("PERSON".equals(m.entityType())) {
        out.add(m.text());
      }
    }
    askNanos.add(System.nanoTime() - start);
    sentences.incrementAndGet();
    return out;
  }

  private StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = pipeline;
    if (p == null) {
      synchronized (lock) {
        p = pipeline;
        if (p == null) {
          if (failed) {
            // another thread's question failed meanwhile: the models are not loaded again
            throw new IllegalStateException("the recogniser failed");
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

  /** The pipeline, loaded (about 1.5 s of CPU). */
  static StanfordCoreNLP load() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,ner");
    // ner asks for pos and lemma by default; the three-class model does not read them (see above)
    props.setProperty("enforceRequirements", "false");
    props.setProperty("ner.model", NER_MODEL);
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("ssplit.isOneSentence", "true");
    return new StanfordCoreNLP(props);
  }

  /**
   * Time spent loading the models and recognising names so far by this instance (summed over the
   * threads asking; a question's wait for another thread's loading is in neither), and sentences asked about.
   */
  @Override
  public Usage usage() {
    return new Usage(loadNanos, askNanos.sum(), sentences.get());
  }
}

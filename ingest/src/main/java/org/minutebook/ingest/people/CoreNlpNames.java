package org.minutebook.ingest.people;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * People's names by Stanford CoreNLP's named-entity recogniser, with only what that needs:
 * tokenize, ssplit, pos, lemma and the three-class NER model, without fine-grained classes,
 * SUTime or numeric classifiers (measured: about 3 s and 210 MiB to load, instead of 10 s and
 * 800 MiB for the defaults).
 *
 * <p>Each instance loads the models once, on its first question, so a run that never needs them
 * never pays for them; make one per run and share it. They come from the models jar, a separate
 * artifact kept out of the runnable jar: {@link #onClassPath()} gives {@link NameFinder#NONE}
 * when it is not on the class path. When the models cannot be loaded or run (too little memory, a
 * damaged jar), this instance answers nothing from then on and says so ({@link #available()});
 * another instance tries again. Thread-safe.
 */
public final class CoreNlpNames implements NameFinder {
  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  private static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  private final Supplier<StanfordCoreNLP> loader;
  /** Guards the loading and the usage counters. */
  private final Object lock = new Object();
  private volatile StanfordCoreNLP pipeline;
  /** Set when the models could not be loaded or run: names are then not looked for. */
  private volatile boolean failed;
  private long loadNanos;
  private long askNanos;
  private int sentences;

  /** A recogniser that loads its pipeline with this loader (tests give one that fails). */
  CoreNlpNames(Supplier<StanfordCoreNLP> loader) {
    this.loader = loader;
  }

  /** The recogniser when its models are on the class path (not loaded yet), else the finder that finds nothing. */
  public static NameFinder onClassPath() {
    ClassLoader loader = CoreNlpNames.class.getClassLoader();
    return loader.getResource(NER_MODEL) != null && loader.getResource(POS_MODEL) != null
        ? new CoreNlpNames(CoreNlpNames::load) : NameFinder.NONE;
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
    long start = System.nanoTime();
    CoreDocument doc = new CoreDocument(sentence);
    try {
      pipeline().annotate(doc);
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
    synchronized (lock) {
      askNanos += System.nanoTime() - start;
      sentences++;
    }
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
          pipeline = p;
          loadNanos = System.nanoTime() - start;
        }
      }
    }
    return p;
  }

  private static StanfordCoreNLP load() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("pos.model", POS_MODEL);
    props.setProperty("ner.model", NER_MODEL);
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("ssplit.isOneSentence", "true");
    return new StanfordCoreNLP(props);
  }

  /** Time spent loading the models and recognising names so far by this instance, and sentences asked about. */
  @Override
  public Usage usage() {
    synchronized (lock) {
      return new Usage(loadNanos, askNanos, sentences);
    }
  }
}

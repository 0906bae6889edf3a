package org.minutebook.ingest.people;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * People's names by Stanford CoreNLP's named-entity recogniser, with only what that needs:
 * tokenize, ssplit, pos, lemma and the three-class NER model, without fine-grained classes,
 * SUTime or numeric classifiers (measured: about 3 s and 210 MiB to load, instead of 10 s and
 * 800 MiB for the defaults).
 *
 * <p>The models are loaded once per process, on the first question, so a run that never needs
 * them never pays for them. They come from the models jar, a separate artifact kept out of the
 * runnable jar: {@link #loadIfPresent()} gives {@link NameFinder#NONE} when it is not on the
 * class path. Thread-safe.
 */
public final class CoreNlpNames implements NameFinder {
  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  private static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  private static volatile StanfordCoreNLP shared;
  /** Set when the models could not be loaded or run (too little memory, a damaged jar): names are then not looked for. */
  private static volatile boolean failed;
  private static volatile long loadNanos;
  private static volatile long askNanos;
  private static volatile int sentences;

  private CoreNlpNames() {}

  /** The recogniser when its models are on the class path, else the finder that finds nothing. */
  public static NameFinder loadIfPresent() {
    ClassLoader loader = CoreNlpNames.class.getClassLoader();
    return loader.getResource(NER_MODEL) != null && loader.getResource(POS_MODEL) != null ? new CoreNlpNames() : NameFinder.NONE;
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
      shared = null;
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (CoreEntityMention m : doc.entityMentions()) {
      if ("PERSON".equals(m.entityType())) {
        out.add(m.text());
      }
    }
    synchronized (CoreNlpNames.class) {
      askNanos += System.nanoTime() - start;
      sentences++;
    }
    return out;
  }

  private static StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = shared;
    if (p == null) {
      synchronized (CoreNlpNames.class) {
        p = shared;
        if (p == null) {
          long start = System.nanoTime();
          Properties props = new Properties();
          props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
          props.setProperty("pos.model", POS_MODEL);
          props.setProperty("ner.model", NER_MODEL);
          props.setProperty("ner.applyFineGrained", "false");
          props.setProperty("ner.useSUTime", "false");
          props.setProperty("ner.applyNumericClassifiers", "false");
          props.setProperty("ner.buildEntityMentions", "true");
          props.setProperty("ssplit.isOneSentence", "true");
          p = new StanfordCoreNLP(props);
          shared = p;
          loadNanos = System.nanoTime() - start;
        }
      }
    }
    return p;
  }

  /** Time spent loading the models and recognising names so far in this process, and sentences asked about. */
  public static Usage usage() {
    return new Usage(loadNanos, askNanos, sentences);
  }

  /** What the recogniser has cost this process. */
  public record Usage(long loadNanos, long askNanos, int sentences) {}
}

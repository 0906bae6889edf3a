package org.minutebook.spark;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.store.Archive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work of one task, on an executor: opens the archive, reads the partition's documents into it
 * one by one ({@link DocumentIngest}) and returns their {@link Tally}. The Hadoop configuration is
 * the driver's (credentials for s3a and the like included), sent once per executor as a broadcast.
 */
final class PartitionTask implements FlatMapFunction<Iterator<String>, Tally> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(PartitionTask.class);

  private final String db;
  private final Broadcast<Map<String, String>> hadoop;
  private final boolean ocr;

  PartitionTask(String db, Broadcast<Map<String, String>> hadoop, boolean ocr) {
    this.db = db;
    this.hadoop = hadoop;
    this.ocr = ocr;
  }

  @Override
  public Iterator<Tally> call(Iterator<String> documents) throws Exception {
    if (!documents.hasNext()) {
      return List.of(Tally.EMPTY).iterator();
    }
    Configuration conf = new Configuration(false);
    hadoop.value().forEach(conf::set);
    Tally tally = Tally.EMPTY;
    try (Archive archive = Archive.open(db, p -> LOG.info("{}: waiting for another writer", p))) {
      DocumentIngest ingest = new DocumentIngest(archive, new Ingestor(archive, JvmModels.get(ocr)), conf);
      while (documents.hasNext()) {
        tally = tally.plus(ingest.ingest(documents.next()));
      }
    }
    return List.of(tally).iterator();
  }
}

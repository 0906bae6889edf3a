package org.minutebook.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Where the libraries' own log lines go during one run of a command: PDFBox's (through
 * commons-logging, which finds SLF4J), Tika's and sqlite-jdbc's (SLF4J), CoreNLP's (Redwood, which
 * hands its records to SLF4J when SLF4J is there) and anything on {@code java.util.logging}
 * (jline; bridged here). They go to the archive's log file, {@code <archive>.log}; nowhere with
 * {@code --quiet} or when the command has no archive; and also to the command's error writer with
 * {@code --verbose}. Messages for users never go through here: commands print them.
 *
 * <p>Logback is configured in code, per run, because one JVM runs many command lines (the tests
 * call {@link Main#run} again and again): {@link #open} replaces the root logger's level and
 * appenders, {@link #close} stops its own (closing the file) and puts back what was there, which is
 * {@link LogStart}'s "nowhere" in the jar and {@code logback-test.xml}'s file in tests.
 */
final class LibraryLog implements AutoCloseable {
  /** For --help: where library log lines go. */
  static final String HELP = "Library log (PDFBox's repairs of damaged files, CoreNLP's model loading ...):%n"
      + "  never on the terminal; appended to <archive>.log (minutebook.db.log), rolled to .log.1-.log.3 at 10 MB%n"
      + "  commands without an archive (parse, check, layout, bench): nowhere%n"
      + "  --quiet: nowhere; --verbose: on stderr as well%n";

  /** Library lines at this level and above are kept; CoreNLP's model loading is INFO, PDFBox's repairs WARN. */
  static final Level LEVEL = Level.INFO;

  /**
   * The MDC key naming the file a thread is reading: a command that sets it ({@code
   * MDC.putCloseable(LibraryLog.FILE_KEY, path.toString())} around a document's parse) gets that
   * file named in each line it causes.
   */
  static final String FILE_KEY = "file";

  private static final String FILE_PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSS} %-5level [%thread] %logger%replace( %X{" + FILE_KEY + "}){'^ $', ''} - %msg%n";
  /** The log file rolls over at this size, keeping three old ones. */
  static final String MAX_FILE_SIZE = "10MB";
  private static final String TERMINAL_PATTERN = "%-5level %logger - %msg%n";

  static {
    // java.util.logging has a console handler of its own, on System.err: replace it with the bridge
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
  }

  private final Logger root;
  private final Level savedLevel;
  private final List<Appender<ILoggingEvent>> saved = new ArrayList<>();
  private final List<Appender<ILoggingEvent>> own = new ArrayList<>();

  private LibraryLog(Logger root) {
    this.root = root;
    this.savedLevel = root.getLevel();
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      saved.add(it.next());
    }
    saved.forEach(root::detachAppender);
  }

  /**
   * Routes library logging until {@link #close}: to {@code file} when it is not null (created only
   * when the first line is written), and to {@code err} when {@code verbose}; nowhere when both are
   * absent, so {@code --quiet} is {@code open(null, false, err)}.
   */
  static LibraryLog open(Path file, boolean verbose, PrintWriter err) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    LibraryLog log = new LibraryLog(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME));
    if (file != null) {
      log.attach(new LazyFileAppender(context, file));
    }
    if (verbose) {
      log.attach(new WriterAppender(context, err));
    }
    log.root.setLevel(log.own.isEmpty() ? Level.OFF : LEVEL);
    return log;
  }

  /** The log file of an archive: beside it, its name plus {@code .log}. */
  static Path fileFor(Path archive) {
    Path name = archive.getFileName();
    return archive.resolveSibling((name == null ? "minutebook" : name.toString()) + ".log");
  }

  private static Appender<ILoggingEvent> toFile(LoggerContext context, Path file) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(FILE_PATTERN);
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.start();
    // kept from growing without end over years of nightly runs: at 10 MB it rolls to .log.1 .. .log.3
    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(context);
    appender.setName("archive-log-file");
    appender.setFile(file.toString());
    appender.setAppend(true);
    appender.setEncoder(encoder);
    FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
    rolling.setContext(context);
    rolling.setParent(appender);
    rolling.setFileNamePattern(file + ".%i");
    rolling.setMinIndex(1);
    rolling.setMaxIndex(3);
    rolling.start();
    SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
    trigger.setContext(context);
    trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
    trigger.start();
    appender.setRollingPolicy(rolling);
    appender.setTriggeringPolicy(trigger);
    appender.start();
    return appender;
  }

  private void attach(Appender<ILoggingEvent> appender) {
    own.add(appender);
    root.addAppender(appender);
  }

  @Override
  public void close() {
    for (Appender<ILoggingEvent> a : own) {
      root.detachAppender(a);
      a.stop();
    }
    saved.forEach(root::addAppender);
    root.setLevel(savedLevel);
  }

  /** The file appender, opened at the first line: a query that logs nothing leaves no empty file beside the archive. */
  private static final class LazyFileAppender extends AppenderBase<ILoggingEvent> {
    private final Path file;
    private Appender<ILoggingEvent> delegate;

    LazyFileAppender(LoggerContext context, Path file) {
      this.file = file;
      setContext(context);
      setName("archive-log");
      start();
    }

    @Override
    protected void append(ILoggingEvent event) { // AppenderBase holds the lock
      if (delegate == null) {
        delegate = toFile((LoggerContext) getContext(), file);
      }
      delegate.doAppend(event);
    }

    @Override
    public synchronized void stop() {
      if (delegate != null) {
        delegate.stop();
      }
      super.stop();
    }
  }

  /** Library lines on the command's error writer (--verbose), so tests and users see them where messages go. */
  private static final class WriterAppender extends AppenderBase<ILoggingEvent> {
    private final PrintWriter err;
    private final PatternLayout layout = new PatternLayout();

    WriterAppender(LoggerContext context, PrintWriter err) {
      this.err = err;
      setContext(context);
      setName("terminal");
      layout.setContext(context);
      layout.setPattern(TERMINAL_PATTERN);
      layout.start();
      start();
    }

    @Override
    protected void append(ILoggingEvent event) {
      err.print(layout.doLayout(event));
      err.flush();
    }
  }
}

package org.minutebook.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a step over a batch's inputs on several threads and hands the results, in the order of the
 * inputs, to a sink on the calling thread: the parse of a batch runs on every core while one
 * thread (the caller) writes, and what the terminal shows keeps the order of the command line.
 *
 * <p>At most {@link #window} inputs are in flight (being worked on, or done and waiting for their
 * turn at the sink), so memory stays bounded however long the batch is: a document's bytes and
 * parse are let go as soon as the sink has taken them. The window is several times the jobs, so
 * that one long document at the head does not leave the other threads idle while it is read. With one job everything runs on the
 * calling thread, with no pool at all.
 *
 * <p>The step should not throw for a bad input (it returns an outcome that says so); an exception
 * it throws anyway is rethrown by {@link #run} when that input's turn comes, after the work in
 * flight has been cancelled. So is the sink's.
 */
public final class OrderedBatch {
  private OrderedBatch() {}

  /** Takes results in input order; may throw to stop the batch. */
  @FunctionalInterface
  public interface Sink<R, X extends Exception> {
    void accept(R result) throws X;
  }

  /**
   * How many inputs may be in flight at once with this many jobs: 4 per job and 4 more (with 2
   * jobs, 12). Measured on realworld: with 2 per job, a long pack at the head left the other
   * thread idle and 2 jobs gave 1.3x the throughput of 1 instead of 1.8x.
   */
  public static int window(int jobs) {
    return 4 * jobs + 4;
  }

  /** The number of cores this JVM may use: the default of {@code --jobs}. */
  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Applies step to every input on {@code jobs} threads; results reach sink in input order.
   *
   * @throws X what the sink threw
   */
  public static <I, R, X extends Exception> void run(List<I> inputs, int jobs, Function<? super I, ? extends R> step,
      Sink<? super R, X> sink) throws X {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
    }
    if (jobs == 1 || inputs.size() < 2) {
      for (I input : inputs) {
        sink.accept(step.apply(input));
      }
      return;
    }
    int window = window(jobs);
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, inputs.size()), threads());
    Deque<Future<? extends R>> inFlight = new ArrayDeque<>();
    try {
      for (I input : inputs) {
        if (inFlight.size() >= window) {
          sink.accept(next(inFlight));
        }
        inFlight.add(pool.submit(() -> step.apply(input)));
      }
      while (!inFlight.isEmpty()) {
        sink.accept(next(inFlight));
      }
    } finally {
      inFlight.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }

  /** The oldest result, waited for; the step's exception is rethrown as it was. */
  private static <R> R next(Deque<Future<? extends R>> inFlight) {
    Future<? extends R> head = inFlight.removeFirst();
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return head.get();
        } catch (InterruptedException e) {
          interrupted = true; // finish this input: the caller is told by the flag, below
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static ThreadFactory threads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "minutebook-worker-" + n.incrementAndGet());
      t.setDaemon(true); // a batch stopped by an archive failure must not keep the JVM alive
      return t;
    };
  }
}

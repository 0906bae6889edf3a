package org.minutebook.cli;

import picocli.CommandLine.Option;

/** {@code --json}: machine-readable results on stdout instead of a table. */
final class OutputOptions {
  @Option(names = "--json", description = "Print results as JSON.")
  boolean json;
}

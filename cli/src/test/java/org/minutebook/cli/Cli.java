package org.minutebook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM, as a user would, and keeps what it printed. */
record Cli(int code, String out, String err) {
  static Cli run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
    return new Cli(code, o.toString(), e.toString());
  }
}

// Checks reports from Java 17 through libxxgk_c, the C interface of xxgk, with JNA: the bundled
// report, the same report with one number changed, and a document that is not a report.
//
//   javac -cp /usr/share/java/jna.jar XxgkCheck.java
//   java -cp /usr/share/java/jna.jar:. -Djna.library.path=DIR_OF_LIBXXGK_C XxgkCheck REPORT
//
// xxgk_check returns what `xxgk-check --format json` prints for the document; hand it to the JSON
// library of your back end. Here, without one, a pattern picks the rule and severity of each
// finding. Exits 0 when every answer is the one expected.

import com.sun.jna.IntegerType;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.PointerByReference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class XxgkCheck {
  /** size_t, whatever its width. */
  public static final class SizeT extends IntegerType {
    private static final long serialVersionUID = 1L;
    public SizeT() { this(0); }
    public SizeT(long value) { super(Native.SIZE_T_SIZE, value, true); }
  }

  /** xxgk_options of <xxgk/xxgk.h>: all zero is the defaults. */
  @Structure.FieldOrder({"lang", "edition", "format", "blanks", "no_explain", "previous", "previous_size", "name"})
  public static final class Options extends Structure {
    public int lang;        // 0 zh, 1 en
    public int edition;     // 0 auto, 2019, 2021
    public int format;      // 0 auto, 1 text, 2 json
    public int blanks;      // 0 count as zero, 1 not assessable
    public int no_explain;
    public Pointer previous;  // last year's report, or null
    public SizeT previous_size = new SizeT();
    public Pointer name;      // the "file" of the entry, NUL-terminated UTF-8, or null
  }

  /** xxgk_error of <xxgk/xxgk.h>. */
  @Structure.FieldOrder({"code", "line", "col", "message"})
  public static final class Error extends Structure {
    public byte[] code = new byte[32];
    public int line;
    public int col;
    public byte[] message = new byte[512];

    String text(byte[] bytes) {
      int n = 0;
      while (n < bytes.length && bytes[n] != 0) ++n;
      return new String(bytes, 0, n, StandardCharsets.UTF_8);
    }
    @Override public String toString() { return text(code) + " at " + line + ":" + col + ": " + text(message); }
  }

  /** The functions of <xxgk/xxgk.h> this example calls. */
  public interface Xxgk extends Library {
    Xxgk C = Native.load("xxgk_c", Xxgk.class);
    String xxgk_version();
    int xxgk_check(byte[] text, SizeT size, Options options, PointerByReference out, Error error);
    void xxgk_free(Pointer p);
  }

  static final int OK = 0, REPORT_ERRORS = 1, ERROR_INPUT = 2;

  /** A NUL-terminated UTF-8 copy of `s`, in native memory. */
  static Memory utf8(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    Memory m = new Memory(bytes.length + 1L);
    m.write(0, bytes, 0, bytes.length);
    m.setByte(bytes.length, (byte) 0);
    return m;
  }

  /** The answer of one check: its status, the checker's JSON (or null) and the error. */
  record Checked(int status, String json, Error error) {
    List<String> findings() {
      List<String> out = new ArrayList<>();
      Matcher m = Pattern.compile("\\{\"rule\":\"([^\"]+)\",\"severity\":\"([a-z]+)\"").matcher(json == null ? "" : json);
      while (m.find()) out.add(m.group(2) + " " + m.group(1));
      return out;
    }
    String summary() {
      Matcher m = Pattern.compile("\"summary\":(\\{[^}]*\\})").matcher(json == null ? "" : json);
      return m.find() ? m.group(1) : "none";
    }
  }

  static Checked check(byte[] text, String name, int lang) {
    Options options = new Options();
    options.lang = lang;
    Memory nameMemory = utf8(name);
    options.name = nameMemory;
    PointerByReference out = new PointerByReference();
    Error error = new Error();
    int status = Xxgk.C.xxgk_check(text, new SizeT(text.length), options, out, error);
    String json = null;
    Pointer p = out.getValue();
    if (p != null) {
      json = p.getString(0, "UTF-8");
      Xxgk.C.xxgk_free(p);
    }
    return new Checked(status, json, error);
  }

  static void expect(boolean condition, String what) {
    if (!condition) throw new AssertionError("expected " + what);
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java XxgkCheck REPORT");
      System.exit(2);
    }
    System.out.println("xxgk " + Xxgk.C.xxgk_version() + " through libxxgk_c");
    byte[] report = Files.readAllBytes(Path.of(args[0]));

    Checked good = check(report, args[0], 0);
    System.out.println(args[0] + ": status " + good.status() + ", " + good.summary() + ", " + good.findings());
    expect(good.status() == OK, "the bundled report to pass (status 0)");
    expect(good.json().startsWith("{\"files\":[\n{\"file\":"), "the checker's JSON document");

    // one number changed: (一) 予以公开 / 自然人 25 -> 26
    String text = new String(report, StandardCharsets.UTF_8);
    String row = "予以公开\t25\t";
    expect(text.contains(row), "the row (一) 予以公开 in the bundled report");
    byte[] changed = text.replace(row, "予以公开\t26\t").getBytes(StandardCharsets.UTF_8);
    Checked broken = check(changed, "broken.txt", 1);
    System.out.println("broken.txt: status " + broken.status() + ", " + broken.summary() + ", " + broken.findings());
    expect(broken.status() == REPORT_ERRORS, "the changed report to fail (status 1)");
    expect(broken.findings().contains("error S3.ROW") && broken.findings().contains("error S3.TOTAL"),
           "S3.ROW and S3.TOTAL errors");
    expect(broken.findings().contains("note EXPLAIN.CELL"), "the EXPLAIN.CELL note naming the cell");
    expect(broken.json().contains("\"actual\":26,\"expected\":25"), "26 published where 25 fits");

    // not a report: a NUL byte in line 2
    byte[] binary = "一、总体情况\n本机关\0依法公开".getBytes(StandardCharsets.UTF_8);
    Checked bad = check(binary, "binary.txt", 0);
    System.out.println("binary.txt: status " + bad.status() + ", " + bad.error());
    expect(bad.status() == ERROR_INPUT, "an input error (status 2)");
    expect(bad.error().text(bad.error().code).equals("INPUT.BINARY"), "INPUT.BINARY");
    expect(bad.error().line == 2 && bad.error().col == 4, "the position of the NUL byte, 2:4");

    System.out.println("3 passed, 0 failed");
  }
}

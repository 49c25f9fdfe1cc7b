import ReviewModel

/// A streaming reader of BibTeX and BibLaTeX files, as Zotero, JabRef, Mendeley, Google Scholar,
/// Scopus and Web of Science write them.
///
/// Hand-written (there is no BibTeX library for Swift here) and byte-level: lines come from a
/// `LineReader`, and `BibTeXParser` follows the grammar through them byte by byte, so that an
/// entry may span any number of lines and several may share one. Values are copied once into a
/// reused buffer and become strings once, when their entry closes; memory stays flat whatever
/// the size of the file.
///
/// The grammar is BibTeX's, with biber's leniencies:
/// - text outside entries is a comment, and so is a line starting with `%`; `@comment{…}` and
///   `@preamble{…}` are passed over, `@string{name = …}` defines a macro for the entries after
///   it, and `jan` … `dec` are predefined;
/// - an entry is `@type{key, name = value, …}` (or with parentheses), the type and field names
///   in any case, a trailing comma allowed; an entry without a key is read, with a warning;
/// - a value is `{…}` (braces nest), `"…"` (braces nest inside), a number or a macro name, or
///   several joined by `#`;
/// - a value that never closes is an error at the brace or quote that opened it, found at the
///   next line that starts an entry or at the end of the file; any other break of the grammar
///   is an error at its line and column;
/// - the file is UTF-8, with or without a byte order mark, or Windows-1252 from its first byte
///   that is not UTF-8 on (see `TextDecoder`).
///
/// How fields become a record's is told on `BibTeXEntry.makeRecord(originalBytes:diagnostics:)`.
public final class BibTeXReader: RecordReader {
  public var diagnostics: [Diagnostic] { pipeline.diagnostics }

  private let pipeline: DraftPipeline<BibTeXCutter>

  /// Reads BibTeX entries from `source`; `path` names the file in locations and diagnostics.
  public convenience init(
    _ source: any ByteSource, path: String, options: ReaderOptions = ReaderOptions()
  ) {
    self.init(source, path: path, options: options, chunkSize: defaultChunkSize)
  }

  /// Reads with a buffer of `chunkSize` bytes; tests make it tiny to meet every chunk boundary.
  init(_ source: any ByteSource, path: String, options: ReaderOptions, chunkSize: Int) {
    let cutter = BibTeXCutter(
      lines: LineReader(source, chunkSize: chunkSize),
      parser: BibTeXParser(path: path, locatesOriginal: options.locatesOriginal))
    pipeline = DraftPipeline(cutter, options: options)
  }

  public func next() throws(IngestError) -> Record? {
    try pipeline.next()
  }
}

/// Feeds the parser lines until an entry closes.
struct BibTeXCutter: DraftCutter {
  let lines: LineReader
  var parser: BibTeXParser
  private var ended = false

  init(lines: LineReader, parser: BibTeXParser) {
    self.lines = lines
    self.parser = parser
  }

  mutating func nextDraft() throws(IngestError) -> BibTeXDraft? {
    while parser.finished.isEmpty && !ended {
      if let line = try lines.nextLine() {
        try parser.consume(line, number: lines.lineNumber, offset: lines.lineOffset)
      } else {
        ended = true
        try parser.finish()
      }
    }
    return parser.finished.isEmpty ? nil : parser.finished.removeFirst()
  }

  mutating func takeTrailingDiagnostics() -> [Diagnostic] {
    defer { parser.diagnostics.removeAll() }
    return parser.diagnostics
  }
}

import ReviewModel

/// A streaming reader of RIS files, as databases and reference managers export them.
///
/// Hand-written, at the byte level: there is no RIS library for Swift to build on, and working on
/// bytes is what makes the reader fast. Lines come from a `LineReader` as views into its buffer;
/// a record's values are copied once into a reused buffer, checked for UTF-8 once, and each field
/// becomes a string once, when the record ends. Memory stays flat whatever the size of the file.
///
/// The grammar is the one exporters actually write rather than the specification's:
/// - a record runs from a `TY` line to an `ER` line; text outside records (`Record #1 of 18`,
///   `Provider: …`, numbering such as `1.`, Ovid's `NL` after `ER`) is skipped quietly, but a
///   title or an author there, which suggests a lost `TY` line, with a warning;
/// - a tag line is two characters, a capital and a capital or digit, then spaces or tabs, a dash,
///   and the value (see ``RISTag/recognise(_:)`` for the spacing allowed);
/// - any other line inside a record continues the field before it; blank lines are kept only as
///   paragraph breaks of such a continued value;
/// - a record whose `ER` is missing ends at the next `TY` or at the end of the file (a warning);
///   a record with nothing in it (`TY  - GEN`, `ER  -`) is still a record, with a warning, since
///   the exporter counted it and so do the tools people compare counts with;
/// - the file is UTF-8, with or without a byte order mark, or Windows-1252 from its first byte
///   that is not UTF-8 on (see `TextDecoder`).
///
/// `RISParser` holds the state machine over lines; how tags become a record's fields is told on
/// `RISEntry.makeRecord(location:originalBytes:)`.
public final class RISReader: RecordReader {
  public var diagnostics: [Diagnostic] { pipeline.diagnostics }

  private let pipeline: DraftPipeline<LineDraftCutter<RISParser>>

  /// Reads RIS records from `source`; `path` names the file in locations and diagnostics.
  public convenience init(
    _ source: any ByteSource, path: String, options: ReaderOptions = ReaderOptions()
  ) {
    self.init(source, path: path, options: options, chunkSize: defaultChunkSize)
  }

  /// Reads with a buffer of `chunkSize` bytes; tests make it tiny to meet every chunk boundary.
  init(_ source: any ByteSource, path: String, options: ReaderOptions, chunkSize: Int) {
    let parser = RISParser(path: path, locatesOriginal: options.locatesOriginal)
    pipeline = DraftPipeline(
      LineDraftCutter(source, parser: parser, chunkSize: chunkSize), options: options)
  }

  public func next() throws(IngestError) -> Record? {
    try pipeline.next()
  }
}

import ReviewModel

/// A streaming reader of Web of Science tagged text ("Plain text file" / "Other file formats →
/// Plain text" in Web of Science Core Collection), often saved as `savedrecs.txt`.
///
/// Built from the parts the RIS reader uses, since the formats are close: lines from a
/// `LineReader`, values in a `RISRecordBuffer`, checked for UTF-8 once and decoded once a
/// record. The grammar, as Web of Science writes it:
/// - a header, `FN Clarivate Analytics Web of Science` and `VR 1.0`, then the records, then
///   `EF` at the end of the file;
/// - a field starts with its two-character tag and one space (`PT J`, `TI …`); a line that starts
///   with three spaces continues the field before it: the next author of `AU`/`AF`, the next
///   cited reference of `CR`, or more of a wrapped title or keyword list;
/// - a record starts with `PT` and ends with `ER`; blank lines between records are skipped;
/// - a record that the file ends inside (no `ER`) means the file was cut short: an error; a
///   record followed by `PT` without `ER`, text outside records, a missing `EF` are warnings;
/// - the file is UTF-8, with or without a byte order mark, or Windows-1252 from its first byte
///   that is not UTF-8 on (see `TextDecoder`).
///
/// How tags become a record's fields is told on `WoSEntry.makeRecord(location:originalBytes:)`.
public final class WoSReader: RecordReader {
  public var diagnostics: [Diagnostic] { pipeline.diagnostics }

  private let pipeline: DraftPipeline<LineDraftCutter<WoSParser>>

  /// Reads Web of Science records from `source`; `path` names the file in diagnostics.
  public convenience init(
    _ source: any ByteSource, path: String, options: ReaderOptions = ReaderOptions()
  ) {
    self.init(source, path: path, options: options, chunkSize: defaultChunkSize)
  }

  /// Reads with a buffer of `chunkSize` bytes; tests make it tiny to meet every chunk boundary.
  init(_ source: any ByteSource, path: String, options: ReaderOptions, chunkSize: Int) {
    let parser = WoSParser(path: path, locatesOriginal: options.locatesOriginal)
    pipeline = DraftPipeline(
      LineDraftCutter(source, parser: parser, chunkSize: chunkSize), options: options)
  }

  public func next() throws(IngestError) -> Record? {
    try pipeline.next()
  }
}

import ReviewModel

/// A streaming reader of MEDLINE text, the "PubMed format" that PubMed's website saves (`.txt`)
/// and sends to citation managers (`.nbib`).
///
/// Hand-written and byte-level, as `RISReader` is: lines come from a `LineReader` as views into
/// its buffer, a record's values are copied once into a reused buffer, checked for UTF-8 once,
/// and each field becomes a string once, when the record ends. Memory stays flat whatever the
/// size of the file.
///
/// The grammar, as PubMed writes it and as edited files bend it:
/// - a field starts with its tag in the first four columns, padded with spaces, then `- `
///   (`PMID- 12345678`, `TI  - …`; see ``MEDLINETag/recognise(_:)``);
/// - a line that starts with spaces (PubMed indents six) continues the field before it; the
///   value is wrapped at spaces, so its lines are joined by one space;
/// - a blank line ends a record, and the next field line starts one (PubMed's own files start
///   records with `PMID`, PMC's with `PMC`); a second `PMID` without a blank line before it also
///   starts a record, with a warning, as an indented line after a blank line continues the field
///   before it (a new paragraph) rather than ending the record;
/// - any other line continues the field before it, with a warning; outside a record (a heading
///   before the first record, say) it is skipped, with a warning;
/// - the file is UTF-8, with or without a byte order mark, or Windows-1252 from its first byte
///   that is not UTF-8 on (see `TextDecoder`).
///
/// `MEDLINEParser` holds the state machine over lines; how tags become a record's fields is told
/// on `MEDLINEEntry.makeRecord(location:originalBytes:)`.
public final class MEDLINEReader: RecordReader {
  public var diagnostics: [Diagnostic] { pipeline.diagnostics }

  private let pipeline: DraftPipeline<LineDraftCutter<MEDLINEParser>>

  /// Reads MEDLINE records from `source`; `path` names the file in locations and diagnostics.
  public convenience init(
    _ source: any ByteSource, path: String, options: ReaderOptions = ReaderOptions()
  ) {
    self.init(source, path: path, options: options, chunkSize: defaultChunkSize)
  }

  /// Reads with a buffer of `chunkSize` bytes; tests make it tiny to meet every chunk boundary.
  init(_ source: any ByteSource, path: String, options: ReaderOptions, chunkSize: Int) {
    let parser = MEDLINEParser(path: path, locatesOriginal: options.locatesOriginal)
    pipeline = DraftPipeline(
      LineDraftCutter(source, parser: parser, chunkSize: chunkSize), options: options)
  }

  public func next() throws(IngestError) -> Record? {
    try pipeline.next()
  }
}

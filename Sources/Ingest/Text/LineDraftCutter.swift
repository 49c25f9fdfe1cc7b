import ReviewModel

/// The state machine of a line-based reader (RIS, MEDLINE, Web of Science) over the lines of
/// one file, cutting it into drafts.
protocol LineRecordParser {
  associatedtype Draft: RecordDraft
  /// The warnings found since the last draft; each draft takes those before it.
  var diagnostics: [Diagnostic] { get set }
  /// The next record's draft from `lines`, or nil when they end without another.
  mutating func nextDraft(from lines: LineReader) throws(IngestError) -> Draft?
}

/// What every line-based reader cuts with: a `LineReader` over the source and the format's
/// parser, a struct, so that the work per line touches no class property (each access to which
/// is checked for exclusivity at run time).
struct LineDraftCutter<Parser: LineRecordParser>: DraftCutter {
  private let lines: LineReader
  private var parser: Parser

  /// A cutter reading `source` through a buffer of `chunkSize` bytes.
  init(_ source: any ByteSource, parser: Parser, chunkSize: Int) {
    lines = LineReader(source, chunkSize: chunkSize)
    self.parser = parser
  }

  mutating func nextDraft() throws(IngestError) -> Parser.Draft? {
    try parser.nextDraft(from: lines)
  }

  mutating func takeTrailingDiagnostics() -> [Diagnostic] {
    defer { parser.diagnostics.removeAll() }
    return parser.diagnostics
  }
}

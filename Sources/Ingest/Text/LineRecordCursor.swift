import ReviewModel

/// The state machine of a line-based reader (RIS, MEDLINE, Web of Science) over the lines of
/// one file.
protocol LineRecordParser {
  /// The warnings found since the cursor last took them.
  var diagnostics: [Diagnostic] { get set }
  /// The next record from `lines`, or nil when they end without another.
  mutating func next(from lines: LineReader) throws(IngestError) -> Record?
}

/// What every line-based reader is around its parser: a `LineReader` over the source, the
/// parser as a struct (so that the work per line touches no class property, each access to
/// which is checked for exclusivity at run time), and the warnings gathered from it.
final class LineRecordCursor<Parser: LineRecordParser> {
  private(set) var diagnostics: [Diagnostic] = []

  private let lines: LineReader
  private var parser: Parser

  /// A cursor reading `source` through a buffer of `chunkSize` bytes.
  init(_ source: any ByteSource, parser: Parser, chunkSize: Int) {
    lines = LineReader(source, chunkSize: chunkSize)
    self.parser = parser
  }

  func next() throws(IngestError) -> Record? {
    let record = try parser.next(from: lines)
    if !parser.diagnostics.isEmpty {
      diagnostics += parser.diagnostics
      parser.diagnostics.removeAll()
    }
    return record
  }
}

@available(*, unavailable)
extension LineRecordCursor: Sendable {}

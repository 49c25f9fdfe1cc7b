import ReviewModel

/// Reads PubMed XML (`PubmedArticleSet`, as E-utilities and the website's "Save → XML" write
/// it, or a bare `PubmedArticle` or `PubmedBookArticle`) one article at a time.
///
/// A cursor: each ``next()`` feeds the file to libxml2's push parser in 1 MiB chunks until an
/// article is complete, so memory stays flat however large the file. `DeleteCitation`
/// elements are not records and are passed over. The DTD that PubMed's DOCTYPE names is never
/// fetched, and no entity is expanded besides XML's predefined ones and character references
/// (see ``XMLPushParser``).
public final class PubMedArticleReader: RecordReader {
  /// Warnings so far (an article without a title or a PMID), in file order.
  public private(set) var diagnostics: [Diagnostic] = []

  private let source: any ByteSource
  private let path: String
  private let events: PubMedArticleEvents
  private let parser: XMLPushParser<PubMedArticleEvents>
  private let chunk: UnsafeMutableRawBufferPointer
  private var atEnd = false
  /// The error the file stopped with; every later call throws it again.
  private var failure: IngestError?

  /// A reader of the PubMed XML in `source`.
  ///
  /// - Parameters:
  ///   - source: the file's bytes, already inflated.
  ///   - path: the file's name in records' locations, warnings and errors.
  ///   - options: whether to keep each article's XML in ``Record/originalText``.
  public init(_ source: any ByteSource, path: String, options: ReaderOptions = ReaderOptions()) {
    self.source = source
    self.path = path
    events = PubMedArticleEvents(path: path, keepsOriginalText: options.keepsOriginalText)
    parser = XMLPushParser(documentName: path, handler: events)
    chunk = .allocate(byteCount: defaultChunkSize, alignment: 1)
  }

  deinit {
    chunk.deallocate()
  }

  /// The next article, or nil after the last one.
  ///
  /// - Throws: ``IngestError/malformed(_:_:)`` with libxml2's message and the line and column
  ///   when the XML is malformed or truncated (articles completed before the error are
  ///   returned first), or the source's error when the file cannot be read.
  public func next() throws(IngestError) -> Record? {
    while true {
      if let record = events.nextRecord() { return record }
      if let failure { throw failure }
      if atEnd { return nil }
      feedChunk()
    }
  }

  /// Reads one chunk and parses it, or tells the parser the document ended.
  private func feedChunk() {
    defer { diagnostics.append(contentsOf: events.takeDiagnostics()) }
    let count: Int
    do {
      count = try source.read(into: chunk)
    } catch {
      failure = error
      return
    }
    do {
      if count == 0 {
        atEnd = true
        try parser.finish()
      } else {
        try parser.parse(UnsafeRawBufferPointer(rebasing: chunk[..<count]))
      }
    } catch {
      failure = .malformed(
        SourceLocation(file: path, line: error.line, column: error.column), error.message)
    }
  }
}

@available(*, unavailable)
extension PubMedArticleReader: Sendable {}

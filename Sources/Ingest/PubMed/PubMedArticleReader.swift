import ReviewModel

/// Reads PubMed XML (`PubmedArticleSet`, as E-utilities and the website's "Save → XML" write
/// it, or a bare `PubmedArticle` or `PubmedBookArticle`) one article at a time.
///
/// A cursor: libxml2's push parser reads the file in 1 MiB chunks, a few chunks ahead of the
/// article ``next()`` returns, so memory stays flat however large the file (see
/// ``XMLRecordCursor``). `DeleteCitation`
/// elements are not records and are passed over. The DTD that PubMed's DOCTYPE names is never
/// fetched, and no entity is expanded besides XML's predefined ones and character references
/// (see ``XMLPushParser``).
public final class PubMedArticleReader: RecordReader {
  /// Warnings so far (an article without a title or a PMID), in file order.
  public var diagnostics: [Diagnostic] { cursor.diagnostics }

  private let cursor: XMLRecordCursor<PubMedArticleEvents>

  /// A reader of the PubMed XML in `source`.
  ///
  /// - Parameters:
  ///   - source: the file's bytes, already inflated.
  ///   - path: the file's name in records' locations, warnings and errors.
  ///   - options: whether to keep each article's XML in ``Record/originalText``.
  public init(_ source: any ByteSource, path: String, options: ReaderOptions = ReaderOptions()) {
    let events = PubMedArticleEvents(path: path, locatesOriginal: options.locatesOriginal)
    cursor = XMLRecordCursor(source, path: path, events: events, options: options)
  }

  /// The next article, or nil after the last one.
  ///
  /// - Throws: ``IngestError/malformed(_:_:)`` with libxml2's message and the line and column
  ///   when the XML is malformed or truncated (articles completed before the error are
  ///   returned first), or the source's error when the file cannot be read.
  public func next() throws(IngestError) -> Record? {
    try cursor.next()
  }
}

@available(*, unavailable)
extension PubMedArticleReader: Sendable {}

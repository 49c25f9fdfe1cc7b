import ReviewModel

/// Reads EndNote's XML export (`<xml><records><record>…`), as EndNote, and Zotero and Mendeley
/// after it, write it, one record at a time.
///
/// On the same libxml2 push parser as ``PubMedArticleReader``, with the same safety settings:
/// no network, no DTD, no entity besides XML's predefined ones and character references, so an
/// external entity or an expansion bomb is an error. Malformed or truncated XML stops the file
/// with libxml2's message at its line and column. How elements become a record's fields is told
/// on `EndNoteRecordBuilder` and `EndNoteRecordDraft`.
public final class EndNoteXMLReader: RecordReader {
  /// Warnings so far (a record without a title), in file order.
  public var diagnostics: [Diagnostic] { cursor.diagnostics }

  private let cursor: XMLRecordCursor<EndNoteEvents>

  /// A reader of the EndNote XML in `source`; `path` names the file in locations and errors.
  public init(_ source: any ByteSource, path: String, options: ReaderOptions = ReaderOptions()) {
    let events = EndNoteEvents(path: path, locatesOriginal: options.locatesOriginal)
    cursor = XMLRecordCursor(source, path: path, events: events, options: options)
  }

  public func next() throws(IngestError) -> Record? {
    try cursor.next()
  }
}

@available(*, unavailable)
extension EndNoteXMLReader: Sendable {}

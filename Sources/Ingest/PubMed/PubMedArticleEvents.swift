import ReviewModel

/// Hands the parser's events to a ``PubMedArticleBuilder`` and its records to the reader.
///
/// The builder is a struct behind a pointer that this object owns, rather than the stored
/// properties of a class: Swift checks every access to a class's `var` at run time for
/// overlapping writes, and on a 275 MB file those checks alone cost about a sixth of the
/// time. Accesses through the pointer are checked at compile time only.
final class PubMedArticleEvents: XMLRecordEvents {
  static let recordElementNames = ["PubmedArticle", "PubmedBookArticle"]

  private let builder: UnsafeMutablePointer<PubMedArticleBuilder>

  /// Events for the file at `path`; `locatesOriginal` asks where each article stands.
  init(path: String, locatesOriginal: Bool) {
    builder = .allocate(capacity: 1)
    builder.initialize(to: PubMedArticleBuilder(path: path, locatesOriginal: locatesOriginal))
  }

  deinit {
    builder.deinitialize(count: 1)
    builder.deallocate()
  }

  /// The next finished record, if the events so far completed one that was not taken yet.
  func nextRecord() -> Record? {
    builder.pointee.nextRecord()
  }

  /// The warnings found since the last call, in file order.
  func takeDiagnostics() -> [Diagnostic] {
    builder.pointee.takeDiagnostics()
  }

  func startElement(_ tag: XMLStartTag) {
    builder.pointee.startElement(tag)
  }

  func endElement(_ tag: XMLEndTag) {
    builder.pointee.endElement(tag)
  }

  func characters(_ text: UnsafeBufferPointer<UInt8>) {
    builder.pointee.characters(text)
  }

  func warning(_ warning: XMLReadError) {
    builder.pointee.warning(warning)
  }
}

@available(*, unavailable)
extension PubMedArticleEvents: Sendable {}

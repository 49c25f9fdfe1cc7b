import ReviewModel

/// Hands the parser's events to an ``EndNoteRecordBuilder`` and its records to the reader.
///
/// The builder sits behind a pointer this object owns, as PubMed's does, so that the accesses
/// on libxml2's hot path are not checked for exclusivity at run time.
final class EndNoteEvents: XMLRecordEvents {
  static let recordElementNames = ["record"]

  private let builder: UnsafeMutablePointer<EndNoteRecordBuilder>

  init(path: String, locatesOriginal: Bool) {
    builder = .allocate(capacity: 1)
    builder.initialize(to: EndNoteRecordBuilder(path: path, locatesOriginal: locatesOriginal))
  }

  deinit {
    builder.deinitialize(count: 1)
    builder.deallocate()
  }

  func nextRecord() -> Record? { builder.pointee.nextRecord() }
  func takeDiagnostics() -> [Diagnostic] { builder.pointee.takeDiagnostics() }
  func startElement(_ tag: XMLStartTag) { builder.pointee.startElement(tag) }
  func endElement(_ tag: XMLEndTag) { builder.pointee.endElement(tag) }
  func characters(_ text: UnsafeBufferPointer<UInt8>) { builder.pointee.characters(text) }
  func warning(_ warning: XMLReadError) { builder.pointee.warning(warning) }
}

@available(*, unavailable)
extension EndNoteEvents: Sendable {}

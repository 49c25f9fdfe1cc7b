import ReviewModel

/// The events of an XML export that turn into records: what an ``XMLRecordCursor`` drives.
package protocol XMLRecordEvents: XMLEventHandler {
  /// The next finished record, if the events so far completed one that was not taken yet.
  func nextRecord() -> Record?
  /// The warnings found since the last call, in file order.
  func takeDiagnostics() -> [Diagnostic]
}

/// The loop every XML reader runs: feed the file to libxml2's push parser in 1 MiB chunks until
/// the events complete a record, so that memory stays flat however large the file; an error stops
/// the file for good.
///
/// Shared by the PubMed XML and EndNote XML readers, which differ only in their events, so both
/// have the same safety settings (those of ``XMLPushParser``) and the same errors.
final class XMLRecordCursor<Events: XMLRecordEvents> {
  /// Warnings so far, in file order.
  private(set) var diagnostics: [Diagnostic] = []

  private let source: any ByteSource
  private let path: String
  private let events: Events
  private let parser: XMLPushParser<Events>
  private let chunk: UnsafeMutableRawBufferPointer
  private var atEnd = false
  /// The error the file stopped with; every later call throws it again.
  private var failure: IngestError?

  /// A cursor over the records that `events` make of the XML in `source`.
  init(_ source: any ByteSource, path: String, events: Events) {
    self.source = source
    self.path = path
    self.events = events
    parser = XMLPushParser(documentName: path, handler: events)
    chunk = .allocate(byteCount: defaultChunkSize, alignment: 1)
  }

  deinit {
    chunk.deallocate()
  }

  /// The next record, or nil after the last one.
  ///
  /// - Throws: ``IngestError/malformed(_:_:)`` with libxml2's message and the line and column
  ///   when the XML is malformed or truncated (records completed before the error are returned
  ///   first), or the source's error when the file cannot be read.
  func next() throws(IngestError) -> Record? {
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
extension XMLRecordCursor: Sendable {}

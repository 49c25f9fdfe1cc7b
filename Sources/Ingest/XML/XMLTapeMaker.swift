import ReviewModel

/// The half of an XML reader that runs libxml2: reads the file in 1 MiB chunks and parses each
/// into a tape of its events, with the safety settings of ``XMLPushParser``.
///
/// Used by one thread at a time, and only by the parsing thread once ``XMLRecordCursor`` has
/// started one: hence `@unchecked Sendable`, which lets it move to that thread.
final class XMLTapeMaker: @unchecked Sendable {
  /// How the document ended.
  enum Ending {
    case ended
    case failed(IngestError)
  }

  private let source: any ByteSource
  private let path: String
  private let recorder: XMLEventRecorder
  private let parser: XMLPushParser<XMLEventRecorder>
  private let chunk: UnsafeMutableRawBufferPointer

  /// A maker of the tapes of the XML in `source`, with the offsets of the `located` elements.
  init(_ source: any ByteSource, path: String, locating located: XMLEventRecorder.LocatedElements) {
    self.source = source
    self.path = path
    recorder = XMLEventRecorder(locating: located)
    parser = XMLPushParser(documentName: path, handler: recorder)
    chunk = .allocate(byteCount: defaultChunkSize, alignment: 1)
  }

  deinit {
    chunk.deallocate()
  }

  /// The events of the next chunk, and how the document ended if it ended there: a tape holds
  /// the events before an error, to be played before the error is thrown.
  func next() -> (tape: XMLEventTape, ending: Ending?) {
    let count: Int
    do {
      count = try source.read(into: chunk)
    } catch {
      return (recorder.takeTape(), .failed(error))
    }
    do {
      if count == 0 {
        try parser.finish()
        return (recorder.takeTape(), .ended)
      }
      try parser.parse(UnsafeRawBufferPointer(rebasing: chunk[..<count]))
      return (recorder.takeTape(), nil)
    } catch {
      let location = SourceLocation(file: path, line: error.line, column: error.column)
      return (recorder.takeTape(), .failed(.malformed(location, error.message)))
    }
  }
}

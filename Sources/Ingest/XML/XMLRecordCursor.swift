import ReviewModel

/// The events of an XML export that turn into records: what an ``XMLRecordCursor`` drives.
package protocol XMLRecordEvents: XMLEventHandler {
  /// The next finished record, if the events so far completed one that was not taken yet.
  func nextRecord() -> Record?
  /// The warnings found since the last call, in file order.
  func takeDiagnostics() -> [Diagnostic]
  /// The local names of the elements that make records: the only elements whose place in the
  /// file the events ask for, when they keep where each record stands.
  static var recordElementNames: [String] { get }
}

/// The loop every XML reader runs: libxml2 parses the file chunk by chunk into tapes of events
/// (see ``XMLTapeMaker``), and the tapes are played to the reader's events until they complete
/// a record, so that memory stays flat however large the file; an error stops the file for good.
///
/// libxml2 runs on a thread of its own, up to four tapes (1 MiB of input each) ahead, unless the
/// options ask for one thread; the events, and so the records and warnings, are the same either
/// way. Parsing is half the time of reading PubMed XML and building records the other half, so
/// on two cores each half has one.
///
/// Shared by the PubMed XML and EndNote XML readers, which differ only in their events, so both
/// have the same safety settings (those of ``XMLPushParser``) and the same errors.
final class XMLRecordCursor<Events: XMLRecordEvents> {
  /// Warnings so far, in file order.
  private(set) var diagnostics: [Diagnostic] = []

  private let events: Events
  private let player = XMLEventPlayer()
  private var tapes: Tapes
  /// How the document ended, once the tape it ended on was played.
  private var ending: XMLTapeMaker.Ending?

  private typealias Tape = (tape: XMLEventTape, ending: XMLTapeMaker.Ending?)

  private enum Tapes {
    case inline(XMLTapeMaker)
    /// The thread not started yet: it starts at the first `next()`.
    case waiting(XMLTapeMaker)
    case threaded(ProducerThread<Tape>)
  }

  /// A cursor over the records that `events` make of the XML in `source`.
  init(_ source: any ByteSource, path: String, events: Events, options: ReaderOptions) {
    self.events = events
    let maker = XMLTapeMaker(
      source, path: path,
      locating: options.locatesOriginal ? .named(Events.recordElementNames) : .none)
    tapes = options.buildsInParallel ? .waiting(maker) : .inline(maker)
  }

  deinit {
    if case .threaded(let queue) = tapes { queue.cancel() }
  }

  /// The next record, or nil after the last one.
  ///
  /// - Throws: ``IngestError/malformed(_:_:)`` with libxml2's message and the line and column
  ///   when the XML is malformed or truncated (records completed before the error are returned
  ///   first), or the source's error when the file cannot be read.
  func next() throws(IngestError) -> Record? {
    while true {
      if let record = events.nextRecord() { return record }
      switch ending {
      case .failed(let error): throw error
      case .ended: return nil
      case nil: break
      }
      let (tape, ending) = nextTape()
      player.play(tape, to: events)
      diagnostics.append(contentsOf: events.takeDiagnostics())
      self.ending = ending
    }
  }

  private func nextTape() -> Tape {
    switch tapes {
    case .inline(let maker):
      return maker.next()
    case .waiting(let maker):
      // From here on only the new thread uses the maker.
      let queue = ProducerThread<Tape>(name: "litrev-xml", capacity: 4) {
        let tape = maker.next()
        return (tape, tape.ending != nil)
      }
      tapes = .threaded(queue)
      return queue.take()
    case .threaded(let queue):
      return queue.take()
    }
  }
}

@available(*, unavailable)
extension XMLRecordCursor: Sendable {}

import Foundation

/// Runs an ``XMLTapeMaker`` on a thread of its own, a few tapes ahead of the reader.
///
/// libxml2's parsing is half of the time of reading PubMed XML, and building records from its
/// events the other half; with the parser on one core and the builder on another, each waits
/// for the other only when the queue is full or empty. At most ``capacity`` tapes (1 MiB of
/// input each) wait, which bounds the memory.
final class XMLTapeQueue: @unchecked Sendable {
  typealias Item = (tape: XMLEventTape, ending: XMLTapeMaker.Ending?)

  private static var capacity: Int { 4 }

  private let condition = NSCondition()
  /// Sendable by hand: under `condition`.
  private var items: [Item] = []
  private var isCancelled = false
  private var isRunning = true

  /// Starts making tapes with `maker`, which only the new thread uses from now on.
  init(_ maker: XMLTapeMaker) {
    let thread = Thread { [self] in
      make(with: maker)
      condition.lock()
      isRunning = false
      condition.broadcast()
      condition.unlock()
    }
    thread.name = "litrev-xml"
    thread.start()
  }

  /// Stops the thread and waits until it has ended; its owner calls this when it lets go, since
  /// the running thread keeps the queue alive.
  func cancel() {
    condition.lock()
    isCancelled = true
    condition.broadcast()
    while isRunning { condition.wait() }
    condition.unlock()
  }

  /// The next tape, waiting for it; after the one with an ending, never called again.
  func take() -> Item {
    condition.lock()
    defer { condition.unlock() }
    while items.isEmpty { condition.wait() }
    condition.broadcast()
    return items.removeFirst()
  }

  private func make(with maker: XMLTapeMaker) {
    while true {
      let item = maker.next()
      condition.lock()
      defer { condition.unlock() }
      while items.count >= Self.capacity && !isCancelled { condition.wait() }
      guard !isCancelled else { return }
      items.append(item)
      condition.broadcast()
      if item.ending != nil { return }
    }
  }
}

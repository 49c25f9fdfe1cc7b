import Foundation

/// Runs a producer on a thread of its own, a few items ahead of the one consumer that takes
/// them in order: the hand-over under both ``ReadAheadReader`` and the XML readers' tapes.
///
/// The producer is called until it returns an item marked last, or until ``cancel()``. At most
/// `capacity` items wait, which bounds the memory whichever side is faster. The running thread
/// keeps this object alive, so its owner calls ``cancel()`` when it lets go early; `cancel()`
/// returns once the thread has ended and let go of whatever the producer holds.
final class ProducerThread<Item: Sendable>: @unchecked Sendable {
  // Sendable by hand: everything but the producer, which only the thread calls, is under
  // `condition`.
  private let condition = NSCondition()
  private let capacity: Int
  private var items: [Item] = []
  private var isCancelled = false
  private var hasEnded = false

  /// Starts the thread `name`, calling `produce` for each item.
  init(
    name: String, capacity: Int, produce: @escaping @Sendable () -> (item: Item, isLast: Bool)
  ) {
    self.capacity = max(capacity, 1)
    let thread = Thread { [self] in
      run(produce)
      condition.lock()
      hasEnded = true
      condition.broadcast()
      condition.unlock()
    }
    thread.name = name
    thread.start()
  }

  /// The next item, waiting for it; never called after the last.
  func take() -> Item {
    condition.lock()
    defer { condition.unlock() }
    while items.isEmpty { condition.wait() }
    condition.broadcast()
    return items.removeFirst()
  }

  /// Stops the thread and waits until it has ended; does nothing more the second time.
  func cancel() {
    condition.lock()
    isCancelled = true
    condition.broadcast()
    while !hasEnded { condition.wait() }
    condition.unlock()
  }

  private func run(_ produce: () -> (item: Item, isLast: Bool)) {
    while true {
      let (item, isLast) = produce()
      condition.lock()
      defer { condition.unlock() }
      while items.count >= capacity && !isCancelled { condition.wait() }
      guard !isCancelled else { return }
      items.append(item)
      condition.broadcast()
      if isLast { return }
    }
  }
}

import Foundation
import Testing

@testable import Ingest

/// Counts the producer's calls, read from the test's thread.
private final class Calls: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0

  /// Counts a call and returns its number, from 0.
  func next() -> Int {
    lock.withLock {
      defer { count += 1 }
      return count
    }
  }

  var total: Int { lock.withLock { count } }
}

@Suite struct ProducerThreadTests {
  @Test func itemsComeInOrderAndTheProducerStopsAtTheLast() {
    let calls = Calls()
    let thread = ProducerThread<Int>(name: "test", capacity: 3) {
      let number = calls.next()
      return (number, number == 99)
    }
    let taken = (0..<100).map { _ in thread.take() }
    // cancel() returns once the thread has ended, so the count is final.
    thread.cancel()
    #expect(taken == Array(0..<100))
    #expect(calls.total == 100)
  }

  @Test(arguments: [1, 3, 8])
  func cancellingStopsAProducerAheadOfItsConsumer(capacity: Int) {
    let calls = Calls()
    let thread = ProducerThread<Int>(name: "test", capacity: capacity) {
      (calls.next(), false)
    }
    #expect(thread.take() == 0)
    thread.cancel()
    // One taken, `capacity` waiting, and one made while it waited for room.
    #expect(calls.total <= 1 + capacity + 1)
    thread.cancel()
  }
}

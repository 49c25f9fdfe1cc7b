import Dispatch
import Foundation
import ReviewModel
import ReviewStore
import Screening

/// Checks every record of a project against the protocol's rules on all cores: each core reads
/// its own share of the records (by id) through its own connection, and decodes and checks
/// them itself.
///
/// Reading and decoding records is a third of `screen --auto`'s work; a store is one per
/// thread, and SQLite's WAL lets several read at once, so sharing the reading as well as the
/// checking is what keeps both cores busy.
struct ParallelRuleScreening {
  let databasePath: String
  let screener: RuleScreener
  /// Records not to check (duplicates, screened through the record that stands for their study).
  let skipping: Set<Int64>

  init(databasePath: String, screener: RuleScreener, skipping: Set<Int64>) {
    self.databasePath = databasePath
    self.screener = screener
    self.skipping = skipping
  }

  /// For each share of `ids` in order, each record checked and the first criterion it failed.
  func run(over ids: ClosedRange<Int64>?) throws -> [[(Int64, String?)]] {
    guard let ids else { return [] }
    let shares = Self.split(ids, into: ProcessInfo.processInfo.activeProcessorCount)
    var results = [Result<[(Int64, String?)], any Error>](
      repeating: .success([]), count: shares.count)
    let path = databasePath
    let screener = screener
    let skipping = skipping
    results.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: shares.count) { index in
        output[index] = Result { () throws -> [(Int64, String?)] in
          let store = try ProjectStore(path: path)
          var checked: [(Int64, String?)] = []
          try store.forEachRecord(ProjectStore.RecordFilter(ids: shares[index])) { stored in
            guard !skipping.contains(stored.id) else { return }
            checked.append((stored.id, screener.failedCriterion(stored.record)))
          }
          return checked
        }
      }
    }
    return try results.map { try $0.get() }
  }

  /// `ids` in `count` consecutive ranges of about equal length (fewer when it is short).
  static func split(_ ids: ClosedRange<Int64>, into count: Int) -> [ClosedRange<Int64>] {
    let length = ids.upperBound - ids.lowerBound + 1
    let parts = Int64(max(1, min(count, 16)))
    let step = (length + parts - 1) / parts
    return stride(from: ids.lowerBound, through: ids.upperBound, by: Int(step)).map { lower in
      lower...min(lower + step - 1, ids.upperBound)
    }
  }
}

import Foundation

/// Chooses which pairs of records to score, so that the cost grows about as n log n rather
/// than n²: records that share an exact key (DOI, PMID, volume and first page), and records
/// whose titles sort near each other, forwards and backwards.
///
/// Sorting backwards finds titles that differ at their start (a label such as `MEDICAL
/// PROGRESS`, a dropped leading word); sorting forwards finds those that differ at their end (a
/// truncated title, an added subtitle). Exact blocks larger than ``maximumBlock`` are common
/// values (page 1 of every volume), and are scanned by title within the block instead.
public struct Blocking: Sendable {
  /// How many titles after each one, in sorted order, it is compared with.
  public var window: Int
  /// The largest exact-key block whose every pair is scored.
  public var maximumBlock: Int

  public init(window: Int = 6, maximumBlock: Int = 24) {
    self.window = window
    self.maximumBlock = maximumBlock
  }

  /// Every candidate pair once, as indices into `keys` packed into one integer (see
  /// ``CandidatePair``), in ascending order.
  ///
  /// Packed integers rather than a set of pairs: the blocks propose tens of millions of pairs
  /// at a million records, and sorting a flat array to drop the repeats costs a fraction of
  /// hashing each one.
  public func candidatePairs(_ keys: [MatchKeys]) -> [UInt64] {
    let titled = keys.indices.filter { !keys[$0].title.isEmpty }
    // The two title orders and the four exact blocks are independent sorts: one per core.
    var orders = [[Int]](repeating: [], count: 2)
    var blocks = [[(hash: Int, index: Int)]](repeating: [], count: Self.exactKeys.count)
    orders.withUnsafeMutableBufferPointer { orderSlots in
      blocks.withUnsafeMutableBufferPointer { blockSlots in
        nonisolated(unsafe) let orderOutput = orderSlots
        nonisolated(unsafe) let blockOutput = blockSlots
        DispatchQueue.concurrentPerform(iterations: 2 + Self.exactKeys.count) { task in
          switch task {
          case 0: orderOutput[0] = titled.sorted { keys[$0].title < keys[$1].title }
          case 1:
            orderOutput[1] = titled.sorted {
              Self.precedesBackwards(keys[$0].title, keys[$1].title)
            }
          default: blockOutput[task - 2] = hashedBlocks(keys, key: Self.exactKeys[task - 2])
          }
        }
      }
    }
    // The exact count, reserved once: an array grown by doubling held the old and the new
    // storage at once (128 and 256 MB at a million records), at the peak of the run.
    var pairs: [UInt64] = []
    pairs.reserveCapacity(
      2 * windowPairCount(titled.count) + blocks.reduce(0) { $0 + blockPairCount($1) })
    func add(_ a: Int, _ b: Int) { pairs.append(CandidatePair.pack(a, b)) }

    for order in orders { scanWindow(order, add) }
    for block in blocks { exactBlocks(block, keys, add) }
    pairs.sortAndRemoveDuplicates()
    return pairs
  }

  /// Whether `a` sorts before `b` read from their last byte to their first.
  ///
  /// Compared in place rather than on reversed copies: a million reversed titles were 100 MB
  /// held at the peak, beside the candidate pairs.
  static func precedesBackwards(_ a: String, _ b: String) -> Bool {
    let inPlace = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y in
        var i = x.count - 1
        var j = y.count - 1
        while i >= 0 && j >= 0 {
          if x[i] != y[j] { return x[i] < y[j] }
          i -= 1
          j -= 1
        }
        return x.count < y.count
      }
    }
    return (inPlace ?? nil) ?? a.utf8.reversed().lexicographicallyPrecedes(b.utf8.reversed())
  }

  private func scanWindow(_ order: [Int], _ body: (Int, Int) -> Void) {
    for (position, index) in order.enumerated() {
      var next = position + 1
      while next < order.count && next <= position + window {
        body(index, order[next])
        next += 1
      }
    }
  }

  /// The exact keys records are blocked on, each feeding a record's key into the hasher and
  /// returning whether the record has it: DOI, PMID, volume and first page, and first author,
  /// year and first page.
  private static let exactKeys: [@Sendable (inout Hasher, MatchKeys) -> Bool] = [
    { hasher, key in
      guard let doi = key.doi else { return false }
      hasher.combine(doi)
      return true
    },
    { hasher, key in
      guard let pmid = key.pmid else { return false }
      hasher.combine(pmid)
      return true
    },
    { hasher, key in
      guard let volume = key.volume, let page = key.pages?.first else { return false }
      hasher.combine(volume)
      hasher.combine(page)
      return true
    },
    { hasher, key in
      guard let author = key.authors.first, let year = key.year, let page = key.pages?.first
      else { return false }
      hasher.combine(author)
      hasher.combine(year)
      hasher.combine(page)
      return true
    },
  ]

  /// How many pairs ``scanWindow(_:_:)`` proposes over `count` records.
  private func windowPairCount(_ count: Int) -> Int {
    guard count > 1 else { return 0 }
    let full = max(0, count - window)  // positions with a whole window after them
    let tail = min(count, window)  // the last ones, each with fewer
    return full * window + tail * (tail - 1) / 2
  }

  /// The records whose `key` is set, by the key's hash (then index), so that a block is a run.
  ///
  /// Blocks are keyed by the key's hash, not the key: two values that collide only propose a
  /// pair more, which scoring then rejects, and no String is built per record.
  private func hashedBlocks(
    _ keys: [MatchKeys], key: (inout Hasher, MatchKeys) -> Bool
  ) -> [(hash: Int, index: Int)] {
    var hashed: [(hash: Int, index: Int)] = []
    hashed.reserveCapacity(keys.count)
    for index in keys.indices {
      var hasher = Hasher()
      if key(&hasher, keys[index]) { hashed.append((hasher.finalize(), index)) }
    }
    hashed.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.index < $1.index }
    return hashed
  }

  /// Calls `body` for each run of equal hashes in `hashed`, with its bounds.
  private func forEachBlock(
    _ hashed: [(hash: Int, index: Int)], _ body: (Range<Int>) -> Void
  ) {
    var start = 0
    while start < hashed.count {
      var end = start + 1
      while end < hashed.count && hashed[end].hash == hashed[start].hash { end += 1 }
      if end - start > 1 { body(start..<end) }
      start = end
    }
  }

  /// How many pairs ``exactBlocks(_:_:_:)`` proposes for `hashed`.
  private func blockPairCount(_ hashed: [(hash: Int, index: Int)]) -> Int {
    var total = 0
    forEachBlock(hashed) { block in
      total +=
        block.count <= maximumBlock
        ? block.count * (block.count - 1) / 2 : windowPairCount(block.count)
    }
    return total
  }

  /// Proposes every pair within each small block, and title neighbours within each large one.
  private func exactBlocks(
    _ hashed: [(hash: Int, index: Int)], _ keys: [MatchKeys], _ body: (Int, Int) -> Void
  ) {
    forEachBlock(hashed) { block in
      if block.count <= maximumBlock {
        for first in block {
          for second in (first + 1)..<block.upperBound {
            body(hashed[first].index, hashed[second].index)
          }
        }
      } else {
        let members = hashed[block].map(\.index)
        scanWindow(members.sorted { keys[$0].title < keys[$1].title }, body)
      }
    }
  }
}

/// Two record indices in one integer, the lower in the high half: sorting the integers sorts
/// the pairs.
public enum CandidatePair {
  public static func pack(_ a: Int, _ b: Int) -> UInt64 {
    let (low, high) = a < b ? (a, b) : (b, a)
    return UInt64(low) << 32 | UInt64(high)
  }

  public static func unpack(_ pair: UInt64) -> (Int, Int) {
    (Int(pair >> 32), Int(pair & 0xFFFF_FFFF))
  }
}

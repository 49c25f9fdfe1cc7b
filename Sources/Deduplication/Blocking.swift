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
    var pairs: [UInt64] = []
    pairs.reserveCapacity(keys.count * (2 * window + 4))
    func add(_ a: Int, _ b: Int) { pairs.append(CandidatePair.pack(a, b)) }

    let titled = keys.indices.filter { !keys[$0].title.isEmpty }
    let forward = titled.sorted { keys[$0].title < keys[$1].title }
    scanWindow(forward, add)
    let backward = titled.sorted { Self.precedesBackwards(keys[$0].title, keys[$1].title) }
    scanWindow(backward, add)

    exactBlocks(keys, add) { hasher, key in
      guard let doi = key.doi else { return false }
      hasher.combine(doi)
      return true
    }
    exactBlocks(keys, add) { hasher, key in
      guard let pmid = key.pmid else { return false }
      hasher.combine(pmid)
      return true
    }
    exactBlocks(keys, add) { hasher, key in
      guard let volume = key.volume, let page = key.pages?.first else { return false }
      hasher.combine(volume)
      hasher.combine(page)
      return true
    }
    exactBlocks(keys, add) { hasher, key in
      guard let author = key.authors.first, let year = key.year, let page = key.pages?.first
      else { return false }
      hasher.combine(author)
      hasher.combine(year)
      hasher.combine(page)
      return true
    }
    pairs.sort()
    var kept = 0
    for pair in pairs where kept == 0 || pairs[kept - 1] != pair {
      pairs[kept] = pair
      kept += 1
    }
    pairs.removeLast(pairs.count - kept)
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

  /// Proposes the pairs within each block of records whose `key` hashes alike.
  ///
  /// Blocks are keyed by the key's hash, not the key: two values that collide only propose a
  /// pair more, which scoring then rejects, and no String is built per record.
  private func exactBlocks(
    _ keys: [MatchKeys], _ body: (Int, Int) -> Void, key: (inout Hasher, MatchKeys) -> Bool
  ) {
    var hashed: [(hash: Int, index: Int)] = []
    hashed.reserveCapacity(keys.count)
    for index in keys.indices {
      var hasher = Hasher()
      if key(&hasher, keys[index]) { hashed.append((hasher.finalize(), index)) }
    }
    hashed.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.index < $1.index }
    var start = 0
    while start < hashed.count {
      var end = start + 1
      while end < hashed.count && hashed[end].hash == hashed[start].hash { end += 1 }
      let count = end - start
      if count > 1 && count <= maximumBlock {
        for first in start..<end {
          for second in (first + 1)..<end { body(hashed[first].index, hashed[second].index) }
        }
      } else if count > maximumBlock {
        let members = hashed[start..<end].map(\.index)
        scanWindow(members.sorted { keys[$0].title < keys[$1].title }, body)
      }
      start = end
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

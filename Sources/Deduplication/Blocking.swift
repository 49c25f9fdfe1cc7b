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

  /// Calls `body` with each candidate pair, as indices into `keys`, lower index first.
  ///
  /// A pair may come more than once (from two blocks); the caller deduplicates.
  public func forEachCandidate(_ keys: [MatchKeys], _ body: (Int, Int) -> Void) {
    let titled = keys.indices.filter { !keys[$0].title.isEmpty }
    let forward = titled.sorted { keys[$0].title < keys[$1].title }
    scanWindow(forward, body)
    let reversedTitles = keys.map { String($0.title.reversed()) }
    let backward = titled.sorted { reversedTitles[$0] < reversedTitles[$1] }
    scanWindow(backward, body)

    exactBlocks(keys, body) { $0.doi }
    exactBlocks(keys, body) { $0.pmid }
    exactBlocks(keys, body) { key in
      guard let volume = key.volume, let page = key.pages?.first else { return nil }
      return volume + ":" + page
    }
    exactBlocks(keys, body) { key in
      guard let author = key.authors.first, let year = key.year, let page = key.pages?.first
      else { return nil }
      return author + ":" + String(year) + ":" + page
    }
  }

  private func scanWindow(_ order: [Int], _ body: (Int, Int) -> Void) {
    for (position, index) in order.enumerated() {
      var next = position + 1
      while next < order.count && next <= position + window {
        let other = order[next]
        body(min(index, other), max(index, other))
        next += 1
      }
    }
  }

  private func exactBlocks(
    _ keys: [MatchKeys], _ body: (Int, Int) -> Void, key: (MatchKeys) -> String?
  ) {
    var blocks: [String: [Int]] = [:]
    for index in keys.indices {
      if let value = key(keys[index]) { blocks[value, default: []].append(index) }
    }
    for members in blocks.values where members.count > 1 {
      if members.count <= maximumBlock {
        for (offset, first) in members.enumerated() {
          for second in members[(offset + 1)...] { body(first, second) }
        }
      } else {
        scanWindow(members.sorted { keys[$0].title < keys[$1].title }, body)
      }
    }
  }
}

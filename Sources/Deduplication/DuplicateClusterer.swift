/// Two records, by project id, the lower id first.
public struct RecordPair: Sendable, Hashable, Codable, Comparable {
  public var first: Int64
  public var second: Int64

  public init(_ a: Int64, _ b: Int64) {
    first = min(a, b)
    second = max(a, b)
  }

  public static func < (lhs: RecordPair, rhs: RecordPair) -> Bool {
    (lhs.first, lhs.second) < (rhs.first, rhs.second)
  }
}

/// A pair of records and how alike they are.
public struct ScoredPair: Sendable, Hashable, Codable {
  public var pair: RecordPair
  public var score: PairScore

  public init(pair: RecordPair, score: PairScore) {
    self.pair = pair
    self.score = score
  }
}

/// Joins certain pairs into groups with union-find, refusing any join that would put two
/// records into one group that are not themselves alike.
///
/// Without the guard, A–B and B–C chain A and C together even when A and C are an article and
/// its erratum, or two parts of a series: each join is checked against every pair across the
/// two groups it would unite, and refused when any of those pairs is kept apart or scores
/// below the review threshold.
struct DuplicateClusterer {
  /// The largest group the clusterer builds; beyond this, joins are refused.
  static let maximumGroupSize = 32

  private var parent: [Int]
  /// The members of each group of two or more, at its root; empty for a record alone, which
  /// costs no allocation (a million one-element arrays were 60 MB).
  private var grouped: [[Int]]

  init(count: Int) {
    parent = Array(0..<count)
    grouped = Array(repeating: [], count: count)
  }

  private func members(_ root: Int) -> [Int] {
    grouped[root].isEmpty ? [root] : grouped[root]
  }

  /// The group `index` belongs to.
  mutating func root(_ index: Int) -> Int {
    var node = index
    while parent[node] != node {
      parent[node] = parent[parent[node]]
      node = parent[node]
    }
    return node
  }

  /// Unites the groups of `a` and `b` without any check (for groups a person already made).
  mutating func unite(_ a: Int, _ b: Int) {
    let ra = root(a)
    let rb = root(b)
    guard ra != rb else { return }
    let (big, small) = members(ra).count >= members(rb).count ? (ra, rb) : (rb, ra)
    parent[small] = big
    grouped[big] = members(big) + members(small)
    grouped[small] = []
  }

  /// Unites the groups of `a` and `b` when `compatible` holds for every pair across them.
  ///
  /// - Returns: whether they are now one group.
  mutating func uniteIfCompatible(_ a: Int, _ b: Int, compatible: (Int, Int) -> Bool) -> Bool {
    let ra = root(a)
    let rb = root(b)
    if ra == rb { return true }
    guard members(ra).count + members(rb).count <= Self.maximumGroupSize else { return false }
    for x in members(ra) {
      for y in members(rb) where !(x == a && y == b) && !(x == b && y == a) {
        if !compatible(x, y) { return false }
      }
    }
    unite(a, b)
    return true
  }

  /// Every group of more than one member, each as its members' indices in ascending order.
  mutating func groups() -> [[Int]] {
    var result: [[Int]] = []
    for index in parent.indices where root(index) == index && grouped[index].count > 1 {
      result.append(grouped[index].sorted())
    }
    return result.sorted { $0[0] < $1[0] }
  }
}

import Foundation
import ReviewModel

/// A record to deduplicate: its project id, the database it came from, and the record.
public struct DeduplicationItem: Sendable, Hashable {
  public var id: Int64
  /// The source database the record was imported from (`PubMed`, `Embase`).
  public var source: String
  /// The import batch (the export file) it came in, where known.
  public var batch: Int64?
  public var record: Record

  public init(id: Int64, source: String, batch: Int64? = nil, record: Record) {
    self.id = id
    self.source = source
    self.batch = batch
    self.record = record
  }
}

/// What earlier decisions fix: groups already made (kept together) and pairs people judged
/// different (kept apart).
public struct DuplicateConstraints: Sendable, Hashable {
  /// Groups of record ids that stay together; a run may add records to them.
  public var groups: [[Int64]]
  /// Pairs never merged again.
  public var distinct: Set<RecordPair>

  public init(groups: [[Int64]] = [], distinct: Set<RecordPair> = []) {
    self.groups = groups
    self.distinct = distinct
  }
}

/// A group of records found to be one study.
public struct DuplicateCluster: Sendable, Hashable {
  /// The records' ids, ascending.
  public var recordIDs: [Int64]
  /// The scored pairs within the group, best first.
  public var pairs: [ScoredPair]
}

/// What a run found.
public struct DeduplicationResult: Sendable, Hashable {
  /// The groups, in order of their lowest record id, including groups already made.
  public var clusters: [DuplicateCluster]
  /// Pairs for a person to judge: scores between the thresholds, and flagged pairs
  /// (conference abstracts), best first.
  public var uncertain: [ScoredPair]
  /// How many distinct pairs blocking proposed (each scored once).
  public var candidatePairs: Int
}

/// Finds duplicate records: keys, blocking, scoring, clustering.
public struct Deduplicator: Sendable {
  public var settings: DeduplicationSettings
  public var blocking: Blocking

  public init(
    settings: DeduplicationSettings = DeduplicationSettings(), blocking: Blocking = Blocking()
  ) {
    self.settings = settings
    self.blocking = blocking
  }

  /// The match keys of every item, computed on all cores.
  static func keys(_ items: [DeduplicationItem]) -> [MatchKeys] {
    let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount * 4, items.count / 1000))
    let chunkSize = (items.count + chunks - 1) / chunks
    var parts = [[MatchKeys]](repeating: [], count: chunks)
    parts.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let range = (chunk * chunkSize)..<min(items.count, (chunk + 1) * chunkSize)
        var cache = MatchKeyCache()
        output[chunk] = range.map { MatchKeys(items[$0].record, cache: &cache) }
      }
    }
    // References only: joining the parts copies a pointer per record, not its keys.
    return parts.flatMap { $0 }
  }

  /// Scores the candidate pairs on every core, keeping the scores `keep` returns.
  ///
  /// Pairs are independent, so each core takes its own slices of the list; only the few
  /// pairs above the review threshold come back, to be clustered on one core.
  static func scoreInParallel(
    _ candidates: [UInt64], _ keep: @Sendable (Int, Int) -> PairScore?
  ) -> [UInt64: PairScore] {
    // More slices than cores, so a core that finishes early takes another.
    let slices = max(
      1, min(ProcessInfo.processInfo.activeProcessorCount * 8, candidates.count / 4096))
    let sliceSize = (candidates.count + slices - 1) / slices
    var found = [[(UInt64, PairScore)]](repeating: [], count: slices)
    found.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: slices) { slice in
        var local: [(UInt64, PairScore)] = []
        let end = min(candidates.count, (slice + 1) * sliceSize)
        for pair in candidates[min(end, slice * sliceSize)..<end] {
          let (i, j) = CandidatePair.unpack(pair)
          if let score = keep(i, j) { local.append((pair, score)) }
        }
        output[slice] = local
      }
    }
    var scores: [UInt64: PairScore] = [:]
    scores.reserveCapacity(found.reduce(0) { $0 + $1.count })
    for slice in found {
      for (pair, score) in slice { scores[pair] = score }
    }
    return scores
  }

  /// Groups `items` into studies.
  ///
  /// - Parameters:
  ///   - items: the records, each with a distinct id.
  ///   - constraints: earlier decisions to respect.
  /// - Returns: the groups and the pairs left for review.
  public func run(_ items: [DeduplicationItem], constraints: DuplicateConstraints = .init())
    -> DeduplicationResult
  {
    let keys = Self.keys(items)
    var indexOfID: [Int64: Int] = [:]
    for (index, item) in items.enumerated() { indexOfID[item.id] = index }
    let scorer = PairScorer(conferenceAbstracts: settings.conferenceAbstracts)

    var clusterer = DuplicateClusterer(count: items.count)
    for group in constraints.groups {
      let indices = group.compactMap { indexOfID[$0] }
      for index in indices.dropFirst() { clusterer.unite(indices[0], index) }
    }

    @Sendable func scoreInContext(_ i: Int, _ j: Int) -> PairScore {
      var score = scorer.score(keys[i], keys[j])
      if score.keptApart == nil, let batch = items[i].batch, batch == items[j].batch,
        (keys[i].doi == nil) != (keys[j].doi == nil), !score.matched.contains(.pmid)
      {
        score.keptApart = .sameExportDOIMismatch
      }
      return score
    }

    var candidates = blocking.candidatePairs(keys)
    let candidateCount = candidates.count
    let scores = Self.scoreInParallel(candidates) { i, j -> PairScore? in
      guard !constraints.distinct.contains(RecordPair(items[i].id, items[j].id)) else {
        return nil
      }
      guard scorer.mayReach(settings.reviewAbove, keys[i], keys[j]) else { return nil }
      let score = scoreInContext(i, j)
      return score.value >= settings.reviewAbove ? score : nil
    }
    // Tens of millions of pairs at a million records; only their count is needed from here.
    candidates = []

    func score(_ x: Int, _ y: Int) -> PairScore {
      let pair = RecordPair(items[x].id, items[y].id)
      if constraints.distinct.contains(pair) {
        return PairScore(value: 0, keptApart: .judgedDifferent)
      }
      return scores[CandidatePair.pack(x, y)] ?? scoreInContext(x, y)
    }

    var ranked: [(key: RecordPair, value: PairScore)] = []
    ranked.reserveCapacity(scores.count)
    for (packed, score) in scores {
      let (i, j) = CandidatePair.unpack(packed)
      ranked.append((key: RecordPair(items[i].id, items[j].id), value: score))
    }
    ranked.sort { lhs, rhs in
      lhs.value.value != rhs.value.value ? lhs.value.value > rhs.value.value : lhs.key < rhs.key
    }
    for (pair, pairScore) in ranked
    where pairScore.value >= settings.mergeAbove && pairScore.keptApart == nil {
      guard let i = indexOfID[pair.first], let j = indexOfID[pair.second] else { continue }
      _ = clusterer.uniteIfCompatible(i, j) { x, y in
        let cross = score(x, y)
        return cross.keptApart == nil && cross.value >= settings.reviewAbove
      }
    }

    var clusters: [DuplicateCluster] = []
    for group in clusterer.groups() {
      var pairs: [ScoredPair] = []
      for (offset, x) in group.enumerated() {
        for y in group[(offset + 1)...] {
          let pair = RecordPair(items[x].id, items[y].id)
          pairs.append(ScoredPair(pair: pair, score: score(x, y)))
        }
      }
      pairs.sort {
        $0.score.value != $1.score.value ? $0.score.value > $1.score.value : $0.pair < $1.pair
      }
      clusters.append(
        DuplicateCluster(recordIDs: group.map { items[$0].id }.sorted(), pairs: pairs))
    }
    clusters.sort { $0.recordIDs[0] < $1.recordIDs[0] }

    var uncertain: [ScoredPair] = []
    for (pair, pairScore) in ranked {
      guard let i = indexOfID[pair.first], let j = indexOfID[pair.second],
        clusterer.root(i) != clusterer.root(j)
      else { continue }
      // Below the merge threshold, flagged, or a certain pair whose join the guard refused.
      let held: Set<KeepApartReason?> = [nil, .conferenceAbstract, .sameExportDOIMismatch]
      if held.contains(pairScore.keptApart) {
        uncertain.append(ScoredPair(pair: pair, score: pairScore))
      }
    }
    return DeduplicationResult(
      clusters: clusters, uncertain: uncertain, candidatePairs: candidateCount)
  }
}

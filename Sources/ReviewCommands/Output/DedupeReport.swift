import Deduplication
import Foundation
import ReviewModel
import ReviewStore

/// What `litrev dedupe` prints: a summary with a line per group, or the JSON object of
/// `--json` (`groups`, each with its `records`, pair scores and matched fields; `queued`).
struct DedupeReport {
  var items: [DeduplicationItem]
  var result: DeduplicationResult
  /// The store's id of each current group, by its records (none in a dry run's new groups).
  var groupIDs: [[Int64]: Int64]
  /// The groups this run made (or, in a dry run, would make).
  var made: Set<[Int64]>
  var dryRun: Bool

  static func item(_ stored: StoredRecord) -> DeduplicationItem {
    DeduplicationItem(
      id: stored.id, source: stored.source, batch: stored.batchID, record: stored.record)
  }

  /// One record of a group or pair.
  struct RecordJSON: Encodable {
    var id: Int64
    var sourceId: String?
    var source: String
    var title: String?
    var year: Int?

    init(_ item: DeduplicationItem) {
      id = item.id
      sourceId = item.record.sourceId
      source = item.source
      title = item.record.title
      year = item.record.year
    }
  }

  struct PairJSON: Encodable {
    var records: [Int64]
    var score: Double
    var matched: [String]
    var differing: [String]
    var flag: String?

    init(_ pair: ScoredPair) {
      records = [pair.pair.first, pair.pair.second]
      score = (pair.score.value * 10_000).rounded() / 10_000
      matched = pair.score.matched.map(\.rawValue)
      differing = pair.score.conflicting.map(\.rawValue)
      flag = pair.score.keptApart?.rawValue
    }
  }

  /// The merged study a group stands for.
  struct StudyJSON: Encodable {
    var title: String?
    var authors: [String]
    var year: Int?
    var journal: String?
    var volume: String?
    var issue: String?
    var pages: String?
    var doi: String?
    var pmid: String?
    var hasAbstract: Bool

    init(_ record: Record) {
      title = record.title
      authors = record.authors.map(\.displayName)
      year = record.year
      journal = record.journal
      volume = record.volume
      issue = record.issue
      pages = record.pages
      doi = record.doi
      pmid = record.pmid
      hasAbstract = !(record.abstract ?? "").isEmpty
    }
  }

  struct GroupJSON: Encodable {
    /// The store's group id (for `--undo`); nil for a group a dry run would make.
    var id: Int64?
    /// Whether this run made (or would make) the group.
    var new: Bool
    var records: [RecordJSON]
    var pairs: [PairJSON]
    var study: StudyJSON
  }

  struct QueuedJSON: Encodable {
    var records: [RecordJSON]
    var score: Double
    var matched: [String]
    var differing: [String]
    var flag: String?
  }

  struct ReportJSON: Encodable {
    var dryRun: Bool
    var records: Int
    var candidatePairs: Int
    var duplicatesRemoved: Int
    var groups: [GroupJSON]
    var queued: [QueuedJSON]
  }

  struct SplitJSON: Encodable {
    var split: Int64
    var records: [RecordJSON]
  }

  static func empty(dryRun: Bool) -> ReportJSON {
    ReportJSON(
      dryRun: dryRun, records: 0, candidatePairs: 0, duplicatesRemoved: 0, groups: [], queued: [])
  }

  func json() -> ReportJSON {
    let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let groups = result.clusters.map { cluster in
      let members = cluster.recordIDs.compactMap { byID[$0] }
      return GroupJSON(
        id: groupIDs[cluster.recordIDs], new: made.contains(cluster.recordIDs),
        records: members.map(RecordJSON.init), pairs: cluster.pairs.map(PairJSON.init),
        study: StudyJSON(MergedStudy.merge(members.map(\.record))))
    }
    let queued = result.uncertain.map { pair in
      let json = PairJSON(pair)
      return QueuedJSON(
        records: [pair.pair.first, pair.pair.second].compactMap { byID[$0] }.map(RecordJSON.init),
        score: json.score, matched: json.matched, differing: json.differing, flag: json.flag)
    }
    return ReportJSON(
      dryRun: dryRun, records: items.count, candidatePairs: result.candidatePairs,
      duplicatesRemoved: result.clusters.reduce(0) { $0 + $1.recordIDs.count - 1 },
      groups: groups, queued: queued)
  }

  func text() -> String {
    let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var table = TextTable(
      headers: ["Group", "Records", "Sources", "Score", "Title"], rightAligned: [0, 3])
    for cluster in result.clusters where made.contains(cluster.recordIDs) {
      let members = cluster.recordIDs.compactMap { byID[$0] }
      table.rows.append([
        groupIDs[cluster.recordIDs].map(String.init) ?? "-",
        cluster.recordIDs.map(String.init).joined(separator: ","),
        Array(Set(members.map(\.source))).sorted().joined(separator: ","),
        cluster.pairs.first.map { PairComparison.format($0.score.value) } ?? "",
        (MergedStudy.merge(members.map(\.record)).title ?? "(no title)").truncated(to: 60),
      ])
    }
    var text = table.rows.isEmpty ? "" : table.render()
    let removed = result.clusters.reduce(0) { $0 + $1.recordIDs.count - 1 }
    let verb = dryRun ? "Would merge" : "Merged"
    text +=
      "\(verb) \(made.count) new group\(made.count == 1 ? "" : "s") "
      + "(\(result.clusters.count) in all, \(removed) duplicate record\(removed == 1 ? "" : "s")) "
      + "among \(items.count) records, from \(result.candidatePairs) candidate pairs.\n"
    let queued = result.uncertain.count
    if queued > 0 {
      text +=
        "\(queued) uncertain pair\(queued == 1 ? "" : "s") "
        + (dryRun ? "would be queued" : "queued; judge them with `litrev dedupe --review`")
        + ".\n"
    }
    return text
  }

  /// Prints `value` as pretty-printed JSON with sorted keys.
  static func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let output = BufferedWriter(.output)
    output.write(bytes: try encoder.encode(value))
    output.write("\n")
    output.flush()
  }
}

import Deduplication
import Foundation
import Ingest
import ReviewModel
import ReviewTestSupport
import Testing

/// Precision and recall of whole runs against files whose duplicates are known.
struct AccuracyTests {
  /// Reads every record of an export, numbering them from `firstID`.
  private func items(_ path: String, source: String, firstID: Int64 = 1) throws
    -> [DeduplicationItem]
  {
    let (_, reader) = try ExportReader.open(path)
    var items: [DeduplicationItem] = []
    while let record = try reader.next() {
      items.append(
        DeduplicationItem(id: firstID + Int64(items.count), source: source, record: record))
    }
    return items
  }

  /// The pairs of records that share a group, by source id.
  private func pairs(_ groups: [[String]]) -> Set<[String]> {
    var pairs: Set<[String]> = []
    for group in groups {
      let sorted = group.sorted()
      for (offset, a) in sorted.enumerated() {
        for b in sorted[(offset + 1)...] { pairs.insert([a, b]) }
      }
    }
    return pairs
  }

  private func foundGroups(_ result: DeduplicationResult, _ items: [DeduplicationItem])
    -> [[String]]
  {
    let byID = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0) })
    return result.clusters.map { cluster in
      cluster.recordIDs.compactMap { byID[$0].map(key) }
    }
  }

  /// `pubmed:PMID` or `embase:ACCESSION`, as the truth files name records.
  private func key(_ item: DeduplicationItem) -> String {
    "\(item.source):\(item.record.sourceId ?? "")"
  }

  @Test func hardCasesAreAllRight() throws {
    let path = TestFiles.fixture("hard-cases.ris", in: "DeduplicationTests")
    let records = try items(path, source: "hard")
    let truthData = try Data(
      contentsOf: URL(
        fileURLWithPath: TestFiles.fixture("hard-cases.truth.json", in: "DeduplicationTests")))
    let truth = try JSONDecoder().decode(HardCaseTruth.self, from: truthData)
    #expect(records.count == truth.groups.count)
    var expectedGroups: [String: [String]] = [:]
    for (id, group) in truth.groups { expectedGroups[group, default: []].append("hard:" + id) }
    let expected = pairs(Array(expectedGroups.values))
    let result = Deduplicator().run(records)
    let found = pairs(foundGroups(result, records))
    #expect(found.subtracting(expected).isEmpty, "merged but different")
    #expect(expected.subtracting(found).isEmpty, "missed")
  }

  @Test func theExampleReviewMatchesItsGroundTruth() throws {
    let pubmed = try items(
      TestFiles.corpus("searches/pubmed-2024-05-14.xml"), source: "pubmed")
    let embase = try items(
      TestFiles.corpus("searches/embase-2024-05-14.ris"), source: "embase", firstID: 10_000)
    let truthData = try Data(
      contentsOf: URL(fileURLWithPath: TestFiles.corpus("truth/duplicates.json")))
    let truth = try JSONDecoder().decode(CorpusTruth.self, from: truthData)
    var studies: [String: [String]] = [:]
    for pair in truth.sameStudy {
      studies["pubmed:" + pair.pmid, default: ["pubmed:" + pair.pmid]].append(
        "embase:" + pair.embase)
    }
    let expected = pairs(Array(studies.values))
    let all = pubmed + embase
    let result = Deduplicator().run(all)
    let found = pairs(foundGroups(result, all))
    let correct = found.intersection(expected).count
    let precision = found.isEmpty ? 1 : Double(correct) / Double(found.count)
    let recall = Double(correct) / Double(expected.count)
    #expect(
      precision == 1,
      "merged but different: \(found.subtracting(expected).sorted { $0[0] < $1[0] })")
    #expect(recall >= 0.97, "missed: \(expected.subtracting(found).sorted { $0[0] < $1[0] })")
    for near in truth.nearDuplicates {
      #expect(!found.contains(near.records.sorted()), "\(near.kind) merged: \(near.records)")
    }
  }
}

private struct HardCaseTruth: Decodable {
  var groups: [String: String]
}

private struct CorpusTruth: Decodable {
  struct Pair: Decodable {
    var pmid: String
    var embase: String
  }
  struct Near: Decodable {
    var kind: String
    var records: [String]
  }
  var sameStudy: [Pair]
  var nearDuplicates: [Near]
}

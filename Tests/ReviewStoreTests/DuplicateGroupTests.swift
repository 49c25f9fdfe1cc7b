import Foundation
import ReviewModel
import ReviewStore
import ReviewTestSupport
import Testing

struct DuplicateGroupTests {
  /// A store holding `count` records, ids 1 to `count`.
  private func store(records count: Int = 4) throws -> ProjectStore {
    let store = try ProjectStore()
    var served = 0
    _ = try store.importRecords(
      ImportRequest(source: "PubMed", fileName: "a.xml", format: .pubmedXML, importedBy: "ana"),
      from: {
        guard served < count else { return nil }
        served += 1
        return Record(title: "Record \(served)")
      },
      finish: { ("aa", 0, nil) })
    return store
  }

  @Test func aMergeStoresTheGroupAndItsEventTogether() throws {
    let store = try store()
    let group = try store.mergeDuplicates(
      DuplicateMerge(
        recordIDs: [3, 1], actor: "litrev", method: "rule:dedupe-score", score: 0.97,
        matched: ["title", "pages"]))
    #expect(group.recordIDs == [1, 3])
    #expect(try store.duplicateGroups() == [group])
    #expect(try store.duplicateGroupIDsByRecord() == [1: group.id, 3: group.id])
    let event = try #require(try store.events().last)
    #expect(event.kind == .duplicatesMerged)
    #expect(event.method == "rule:dedupe-score")
    #expect(event.payload["records"] == "1,3")
    #expect(event.payload["group"] == group.uuid)
    #expect(event.payload["matched"] == "title,pages")
  }

  @Test func aMergeTakesInTheGroupsItsRecordsWereIn() throws {
    let store = try store()
    let first = try store.mergeDuplicates(
      DuplicateMerge(recordIDs: [1, 2], actor: "a", method: "manual"))
    let second = try store.mergeDuplicates(
      DuplicateMerge(recordIDs: [2, 4], actor: "a", method: "manual"))
    #expect(second.recordIDs == [1, 2, 4])
    #expect(try store.duplicateGroups().map(\.id) == [second.id])
    #expect(try store.events().last?.payload["supersedes"] == first.uuid)
  }

  @Test func aSplitEndsTheGroupAndKeepsItsRecordsApart() throws {
    let store = try store()
    let group = try store.mergeDuplicates(
      DuplicateMerge(recordIDs: [1, 2, 3], actor: "a", method: "manual"))
    let split = try store.splitDuplicateGroup(id: group.id, actor: "ben")
    #expect(split.recordIDs == [1, 2, 3])
    #expect(try store.duplicateGroups().isEmpty)
    #expect(
      try store.distinctDuplicatePairs().map { [$0.0, $0.1] } == [[1, 2], [1, 3], [2, 3]])
    #expect(try store.events().last?.kind == .duplicatesSplit)
    #expect(try store.events().last?.actor == "ben")
    #expect(throws: StoreError.noSuchDuplicateGroup(id: group.id)) {
      try store.splitDuplicateGroup(id: group.id, actor: "ben")
    }
  }

  @Test func badMergesStoreNothing() throws {
    let store = try store()
    #expect(throws: StoreError.self) {
      try store.mergeDuplicates(DuplicateMerge(recordIDs: [1], actor: "a", method: "manual"))
    }
    #expect(throws: StoreError.self) {
      try store.mergeDuplicates(DuplicateMerge(recordIDs: [1, 99], actor: "a", method: "manual"))
    }
    #expect(try store.duplicateGroups().isEmpty)
    #expect(try store.events().map(\.kind) == [.recordsImported])
  }

  @Test func theQueueIsReplacedAndShrinksAsPairsAreJudged() throws {
    let store = try store()
    try store.replaceDuplicateQueue(
      [
        QueuedDuplicatePair(first: 2, second: 1, score: 0.85, matched: ["title"]),
        QueuedDuplicatePair(first: 3, second: 4, score: 0.9, matched: ["title"], flag: "x"),
      ], actor: "litrev")
    #expect(try store.duplicateQueue().map { [$0.first, $0.second] } == [[3, 4], [1, 2]])
    try store.markDistinctDuplicates(4, 3, actor: "ana", method: "manual")
    #expect(try store.duplicateQueue().map(\.first) == [1])
    try store.mergeDuplicates(DuplicateMerge(recordIDs: [1, 2], actor: "ana", method: "manual"))
    #expect(try store.duplicateQueue().isEmpty)
    try store.replaceDuplicateQueue([], actor: "litrev")
    #expect(
      try store.events().map(\.kind).suffix(4) == [
        .duplicatesQueued, .duplicatesDistinct, .duplicatesMerged, .duplicatesQueued,
      ])
  }

  @Test func groupsAndMembersCannotBeRewritten() throws {
    let store = try store()
    try store.mergeDuplicates(DuplicateMerge(recordIDs: [1, 2], actor: "a", method: "manual"))
    #expect(throws: StoreError.self) { try store.executeForTesting("DELETE FROM duplicate_member") }
    #expect(throws: StoreError.self) { try store.executeForTesting("DELETE FROM duplicate_group") }
    #expect(throws: StoreError.self) {
      try store.executeForTesting("UPDATE duplicate_member SET record_id = 3")
    }
    #expect(try store.duplicateGroups().count == 1)
  }
}

import Foundation
import ReviewModel
import ReviewStore
import Testing

/// `litrev stop` in the store: one evidence event, an exclusion per record, and undo.
struct StoppingLogTests {
  private func storeWithRecords() throws -> ProjectStore {
    let store = try ProjectStore()
    var records = (1...4).map { Record(title: "Record \($0)") }.makeIterator()
    _ = try store.importRecords(
      ImportRequest(source: "PubMed", fileName: "a.xml", format: .pubmedXML, importedBy: "ana"),
      from: { records.next() }, finish: { ("ab", 0, nil) })
    try store.recordDecision(
      DecisionDraft(recordID: 1, stage: .titleAbstract, verdict: .include, reviewer: "ana"))
    return store
  }

  @Test func aStopIsOneEvidenceEventAndAnExclusionPerRecord() throws {
    let store = try storeWithRecords()
    let stop = try store.recordStop(
      rule: "buscar95", reviewer: "ana", recordIDs: [2, 3, 4],
      evidence: ["screened": "1", "includes": "1", "p_value": "0.01"])
    #expect(stop.event.kind == .screeningStopped)
    #expect(stop.event.method == "stop:buscar95")
    #expect(stop.event.payload["p_value"] == "0.01")
    #expect(stop.event.payload["records"] == "3")
    let stopped = try store.currentDecisions(stage: .titleAbstract).filter {
      $0.method == .stoppingRule("buscar95")
    }
    #expect(stopped.map(\.recordID) == [2, 3, 4])
    #expect(stopped.allSatisfy { $0.verdict == .exclude && $0.reviewer == "ana" })
    #expect(try store.decidedRecordIDs(stage: .titleAbstract) == [1, 2, 3, 4])
    #expect(try store.stops().map(\.recordIDs) == [[2, 3, 4]])
  }

  @Test func undoingAStopTakesItsExclusionsBackAndIsAnEvent() throws {
    let store = try storeWithRecords()
    try store.recordStop(rule: "buscar95", reviewer: "ana", recordIDs: [2, 3], evidence: [:])
    let undone = try #require(try store.undoStop(reviewer: "ana"))
    #expect(undone.undoneBy?.kind == .screeningStopUndone)
    #expect(try store.events().last?.payload["stop"] == undone.event.uuid)
    #expect(try store.currentDecisions(stage: .titleAbstract).map(\.recordID) == [1])
    #expect(try store.decidedRecordIDs(stage: .titleAbstract) == [1])
    #expect(try store.undoStop(reviewer: "ana") == nil)
    #expect(try store.stops().first?.undoneBy != nil)
  }

  @Test func aStopThatNamesAMissingRecordStoresNothing() throws {
    let store = try storeWithRecords()
    let events = try store.events().count
    #expect(throws: StoreError.self) {
      try store.recordStop(rule: "buscar95", reviewer: "ana", recordIDs: [2, 99], evidence: [:])
    }
    #expect(try store.events().count == events)
  }

  @Test func theSchemaRefusesAStopThatIncludes() throws {
    let store = try storeWithRecords()
    #expect(throws: StoreError.self) {
      try store.recordDecision(
        DecisionDraft(
          recordID: 2, stage: .titleAbstract, verdict: .include, reviewer: "ana",
          method: .stoppingRule("buscar95")))
    }
  }
}

import Foundation
import ReviewModel
import ReviewStore
import Testing

/// Extracted values in the store: each one an event and a row, one transaction per call,
/// append-only.
struct ExtractionLogTests {
  private let fixedClock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_715_680_000) }

  /// A store holding two records, with ids 1 and 2.
  private func storeWithRecords() throws -> ProjectStore {
    let store = try ProjectStore(now: fixedClock)
    var records = [Record(title: "One"), Record(title: "Two")].makeIterator()
    _ = try store.importRecords(
      ImportRequest(source: "PubMed", fileName: "a.xml", format: .pubmedXML, importedBy: "ana"),
      from: { records.next() }, finish: { ("ab", 0, nil) })
    return store
  }

  @Test func aValueIsAnEventAndARow() throws {
    let store = try storeWithRecords()
    let stored = try store.recordExtractions([
      ExtractionDraft(recordID: 2, field: "participants_n", value: .number(120), reviewer: "ana")
    ])
    #expect(
      stored == [
        Extraction(
          eventID: stored[0].eventID, recordID: 2, field: "participants_n", value: "120",
          reviewer: "ana", method: .manual, recordedAt: "2024-05-14T09:46:40.000Z")
      ])
    #expect(try store.extractions() == stored)
    let event = try #require(try store.events().last)
    #expect(event.kind == .extractionRecorded)
    #expect(event.recordID == 2)
    #expect(event.payload == ["field": "participants_n", "value": "120"])
  }

  @Test func aResolutionIsAnEventOfItsOwnKind() throws {
    let store = try storeWithRecords()
    try store.recordExtractions([
      ExtractionDraft(
        recordID: 1, field: "country", value: .list(["UK"]), reviewer: "cy", method: .resolution)
    ])
    #expect(try store.events().last?.kind == .extractionResolved)
    #expect(try store.extractions(recordID: 1).map(\.method) == [.resolution])
    #expect(try store.extractions(recordID: 2).isEmpty)
  }

  @Test func aBadValueStoresNothingOfTheBatch() throws {
    let store = try storeWithRecords()
    let events = try store.events().count
    #expect(throws: StoreError.noSuchRecord(id: 9)) {
      try store.recordExtractions([
        ExtractionDraft(recordID: 1, field: "country", value: .text("UK"), reviewer: "ana"),
        ExtractionDraft(recordID: 9, field: "country", value: .text("UK"), reviewer: "ana"),
      ])
    }
    #expect(try store.extractions().isEmpty)
    #expect(try store.events().count == events)
  }

  @Test func storedValuesAreNeverChangedOrDeleted() throws {
    let store = try storeWithRecords()
    try store.recordExtractions([
      ExtractionDraft(recordID: 1, field: "country", value: .text("UK"), reviewer: "ana")
    ])
    #expect(throws: StoreError.self) {
      try store.executeForTesting("UPDATE extraction_value SET value = 'France'")
    }
    #expect(throws: StoreError.self) {
      try store.executeForTesting("DELETE FROM extraction_value")
    }
    #expect(try store.extractions().map(\.value) == ["UK"])
  }
}

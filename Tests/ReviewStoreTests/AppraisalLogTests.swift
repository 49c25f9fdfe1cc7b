import Foundation
import ReviewModel
import ReviewStore
import Testing

/// Appraisal answers and study designs: each an event and a row, append-only.
struct AppraisalLogTests {
  private let fixedClock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_715_680_000) }

  private func storeWithRecords() throws -> ProjectStore {
    let store = try ProjectStore(now: fixedClock)
    var records = [Record(title: "One"), Record(title: "Two")].makeIterator()
    _ = try store.importRecords(
      ImportRequest(source: "PubMed", fileName: "a.xml", format: .pubmedXML, importedBy: "ana"),
      from: { records.next() }, finish: { ("ab", 0, nil) })
    return store
  }

  @Test func anAnswerIsAnEventWithItsValues() throws {
    let store = try storeWithRecords()
    let answer = try store.recordAppraisalAnswer(
      AppraisalAnswerDraft(
        recordID: 2, instrument: "axis", reviewer: "ana", item: "q03_sample_size", answer: "no",
        note: "no power calculation"))
    #expect(answer.answeredAt == "2024-05-14T09:46:40.000Z")
    #expect(try store.appraisalAnswers() == [answer])
    #expect(try store.appraisalAnswers(recordID: 1).isEmpty)
    let event = try #require(try store.events().last)
    #expect(event.kind == .appraisalAnswer)
    #expect(event.id == answer.eventID)
    #expect(event.actor == "ana")
    #expect(event.method == "manual")
    #expect(
      event.payload == [
        "instrument": "axis", "item": "q03_sample_size", "answer": "no",
        "note": "no power calculation",
      ])
  }

  @Test func aBatchOfAnswersIsStoredWhollyOrNotAtAll() throws {
    let store = try storeWithRecords()
    let drafts = [
      AppraisalAnswerDraft(
        recordID: 1, instrument: "axis", reviewer: "ben", item: "q01_aims", answer: "yes",
        method: .import),
      AppraisalAnswerDraft(
        recordID: 9, instrument: "axis", reviewer: "ben", item: "q01_aims", answer: "yes",
        method: .import),
    ]
    #expect(throws: StoreError.noSuchRecord(id: 9)) { try store.recordAppraisalAnswers(drafts) }
    #expect(try store.appraisalAnswers().isEmpty)
    #expect(try store.events().isEmpty == false)  // the import batch's event only
    #expect(!(try store.events().contains { $0.kind == .appraisalAnswer }))
    let stored = try store.recordAppraisalAnswers([drafts[0]])
    #expect(stored.map(\.method) == [.import])
  }

  @Test func theSchemaRefusesABlankAnswerAndNeverChangesOne() throws {
    let store = try storeWithRecords()
    #expect(throws: StoreError.self) {
      try store.recordAppraisalAnswer(
        AppraisalAnswerDraft(
          recordID: 1, instrument: "axis", reviewer: "ana", item: "q01_aims", answer: " "))
    }
    #expect(try store.appraisalAnswers().isEmpty)
  }

  @Test func theLatestDesignOfAStudyCounts() throws {
    let store = try storeWithRecords()
    try store.setStudyDesign(recordID: 1, design: "qualitative", actor: "ana")
    try store.setStudyDesign(recordID: 2, design: "mixed", actor: "ana")
    try store.setStudyDesign(recordID: 1, design: "cross-sectional", actor: "ben")
    #expect(try store.studyDesigns() == [1: "cross-sectional", 2: "mixed"])
    #expect(try store.events().filter { $0.kind == .studyDesignSet }.count == 3)
    #expect(throws: StoreError.noSuchRecord(id: 5)) {
      try store.setStudyDesign(recordID: 5, design: "mixed", actor: "ana")
    }
  }
}

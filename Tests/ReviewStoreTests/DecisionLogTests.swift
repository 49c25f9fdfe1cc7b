import Foundation
import ReviewModel
import ReviewStore
import Testing

struct DecisionLogTests {
  private let fixedClock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_715_680_000) }

  /// A store holding three records, with ids 1, 2 and 3.
  private func storeWithRecords() throws -> ProjectStore {
    let store = try ProjectStore(now: fixedClock)
    var records = [Record(title: "One"), Record(title: "Two"), Record(title: "Three")]
      .makeIterator()
    _ = try store.importRecords(
      ImportRequest(source: "PubMed", fileName: "a.xml", format: .pubmedXML, importedBy: "ana"),
      from: { records.next() }, finish: { ("ab", 0, nil) })
    return store
  }

  @Test func aDecisionIsAnEventWithItsValues() throws {
    let store = try storeWithRecords()
    let decision = try store.recordDecision(
      DecisionDraft(
        recordID: 2, stage: .titleAbstract, verdict: .exclude, reason: "not_postgraduate",
        note: "medical students only", reviewer: "ana"))
    #expect(decision.decidedAt == "2024-05-14T09:46:40.000Z")
    #expect(decision.method == .manual)
    #expect(try store.decisions() == [decision])
    let event = try #require(try store.events().last)
    #expect(event.kind == .screeningDecision)
    #expect(event.id == decision.eventID)
    #expect(event.uuid == decision.uuid)
    #expect(event.actor == "ana")
    #expect(event.recordID == 2)
    #expect(
      event.payload == [
        "stage": "title_abstract", "verdict": "exclude", "reason": "not_postgraduate",
        "note": "medical students only",
      ])
  }

  @Test func theLatestDecisionOfEachReviewerIsInForce() throws {
    let store = try storeWithRecords()
    try store.recordDecision(
      DecisionDraft(recordID: 1, stage: .titleAbstract, verdict: .maybe, reviewer: "ana"))
    try store.recordDecision(
      DecisionDraft(recordID: 1, stage: .titleAbstract, verdict: .include, reviewer: "ben"))
    try store.recordDecision(
      DecisionDraft(recordID: 1, stage: .titleAbstract, verdict: .exclude, reviewer: "ana"))
    try store.recordDecision(
      DecisionDraft(recordID: 1, stage: .fullText, verdict: .notRetrieved, reviewer: "ana"))
    let current = try store.currentDecisions(stage: .titleAbstract)
    #expect(current.map(\.reviewer) == ["ana", "ben"])
    #expect(current.map(\.verdict) == [.exclude, .include])
    #expect(try store.decisions(stage: .titleAbstract).count == 3)
    #expect(try store.decisions(recordID: 1, stage: .fullText).map(\.verdict) == [.notRetrieved])
    #expect(try store.decidedRecordIDs(stage: .titleAbstract) == [1])
    #expect(try store.decidedRecordIDs(stage: .fullText) == [1])
  }

  @Test func aRetractedDecisionNoLongerCountsAndTheEarlierOneStandsAgain() throws {
    let store = try storeWithRecords()
    try store.recordDecision(
      DecisionDraft(recordID: 1, stage: .titleAbstract, verdict: .maybe, reviewer: "ana"))
    try store.recordDecision(
      DecisionDraft(recordID: 1, stage: .titleAbstract, verdict: .include, reviewer: "ana"))
    try store.recordDecision(
      DecisionDraft(recordID: 1, stage: .titleAbstract, verdict: .exclude, reviewer: "ben"))

    let first = try store.retractLatestDecision(recordID: 1, stage: .titleAbstract, reviewer: "ana")
    #expect(first?.verdict == .include)
    #expect(
      try store.currentDecisions(stage: .titleAbstract).map { "\($0.reviewer) \($0.verdict)" }
        == ["ana maybe", "ben exclude"])

    let second = try store.retractLatestDecision(
      recordID: 1, stage: .titleAbstract, reviewer: "ana")
    #expect(second?.verdict == .maybe)
    #expect(try store.currentDecisions(stage: .titleAbstract).map(\.reviewer) == ["ben"])
    #expect(
      try store.retractLatestDecision(recordID: 1, stage: .titleAbstract, reviewer: "ana") == nil)

    // The log keeps every decision and says what was taken back, by whom.
    let retractions = try store.events().filter { $0.kind == .screeningDecisionRetracted }
    #expect(retractions.map(\.actor) == ["ana", "ana"])
    #expect(retractions.map { $0.payload["verdict"] } == ["include", "maybe"])
    #expect(retractions.first?.payload["decision"] == first?.uuid)
    #expect(try store.events().filter { $0.kind == .screeningDecision }.count == 3)
  }

  @Test func aRuleOrAStopIsNotTakenBackAsTheReviewersOwn() throws {
    let store = try storeWithRecords()
    try store.recordDecisions([
      DecisionDraft(
        recordID: 1, stage: .titleAbstract, verdict: .exclude, reason: "language",
        reviewer: "ana", method: .rule("language"), runBy: "ana")
    ])
    #expect(
      try store.retractLatestDecision(recordID: 1, stage: .titleAbstract, reviewer: "ana") == nil)
    #expect(try store.decidedRecordIDs(stage: .titleAbstract) == [1])
  }

  @Test func decisionsTogetherAreStoredAllOrNone() throws {
    let store = try storeWithRecords()
    let drafts = [
      DecisionDraft(
        recordID: 1, stage: .titleAbstract, verdict: .exclude, reason: "language",
        reviewer: ProjectStore.automationActor, method: .rule("language"), runBy: "ana"),
      DecisionDraft(recordID: 9, stage: .titleAbstract, verdict: .exclude, reviewer: "ana"),
    ]
    #expect(throws: StoreError.noSuchRecord(id: 9)) { try store.recordDecisions(drafts) }
    #expect(try store.decisions().isEmpty)
    #expect(try store.events().filter { $0.kind == .screeningDecision }.isEmpty)
    let stored = try store.recordDecisions(Array(drafts.prefix(1)))
    #expect(stored.map(\.method) == [.rule("language")])
    #expect(try store.events().last?.payload["run_by"] == "ana")
  }

  @Test func theSchemaRefusesValuesOutsideTheVocabulary() throws {
    let store = try storeWithRecords()
    #expect(throws: StoreError.self) {
      try store.recordDecision(
        DecisionDraft(recordID: 1, stage: .titleAbstract, verdict: .notRetrieved, reviewer: "ana"))
    }
    #expect(throws: StoreError.self) {
      try store.recordDecision(
        DecisionDraft(
          recordID: 1, stage: .titleAbstract, verdict: .exclude, reason: "  ", reviewer: "ana"))
    }
    #expect(try store.decisions().isEmpty)
    try store.recordDecision(
      DecisionDraft(recordID: 1, stage: .titleAbstract, verdict: .include, reviewer: "ana"))
    // An event for the raw rows below to hang on, so that only the checks can refuse them.
    let event = try store.append(
      EventDraft(kind: .screeningDecision, actor: "ana", method: "manual", recordID: 1))
    let insert =
      "INSERT INTO screening_decision (event_id, record_id, stage, verdict, method) VALUES "
    #expect(throws: StoreError.self) {
      try store.executeForTesting(insert + "(\(event.id), 1, 'abstract', 'include', 'manual')")
    }
    #expect(throws: StoreError.self) {
      try store.executeForTesting(insert + "(\(event.id), 1, 'title_abstract', 'yes', 'manual')")
    }
    #expect(throws: StoreError.self) {
      try store.executeForTesting(insert + "(\(event.id), 1, 'title_abstract', 'include', 'rule:')")
    }
    #expect(throws: StoreError.self) {
      try store.executeForTesting(insert + "(\(event.id), 1, 'title_abstract', 'include', 'model')")
    }
    // The same row with valid values is accepted: the checks, not the event, refused the others.
    try store.executeForTesting(
      insert + "(\(event.id), 1, 'title_abstract', 'exclude', 'rule:language')")
    #expect(throws: StoreError.self) {
      try store.executeForTesting("UPDATE screening_decision SET verdict = 'exclude'")
    }
    #expect(throws: StoreError.self) {
      try store.executeForTesting("DELETE FROM screening_decision")
    }
    #expect(try store.decisions().map(\.verdict) == [.include, .exclude])
  }

  @Test func theAuditTrailPairsEventsWithDecisions() throws {
    let store = try storeWithRecords()
    try store.recordDecision(
      DecisionDraft(recordID: 3, stage: .titleAbstract, verdict: .include, reviewer: "ben"))
    let all = try store.auditTrail()
    #expect(all.map(\.event.kind) == [.recordsImported, .screeningDecision])
    #expect(all[0].decision == nil)
    #expect(all[1].decision?.reviewer == "ben")
    #expect(try store.auditTrail(recordID: 3).count == 1)
    #expect(try store.auditTrail(recordID: 2).isEmpty)
  }

  @Test func aResolutionIsStoredApartFromTheReviewersDecisions() throws {
    let store = try storeWithRecords()
    let ana = try store.recordDecision(
      DecisionDraft(recordID: 1, stage: .titleAbstract, verdict: .include, reviewer: "ana"))
    let ben = try store.recordDecision(
      DecisionDraft(recordID: 1, stage: .titleAbstract, verdict: .exclude, reviewer: "ben"))
    let resolution = try store.recordDecision(
      DecisionDraft(
        recordID: 1, stage: .titleAbstract, verdict: .exclude, reason: "not_postgraduate",
        reviewer: "ana", method: .resolution, resolves: [ana.uuid, ben.uuid]))
    #expect(resolution.method == .resolution)
    #expect(try store.events().last?.payload["resolves"] == "\(ana.uuid),\(ben.uuid)")
    // Ana resolved, but her screening verdict stays the one in force for agreement.
    #expect(try store.currentDecisions(stage: .titleAbstract) == [ana, ben])
    #expect(try store.decisions(recordID: 1).map(\.method) == [.manual, .manual, .resolution])
  }

  @Test func anImportedDecisionKeepsWhereItCameFrom() throws {
    let store = try storeWithRecords()
    try store.recordDecision(
      DecisionDraft(
        recordID: 2, stage: .titleAbstract, verdict: .include, reviewer: "ben",
        method: .imported, runBy: "ana", importedFrom: "ben.csv:3"))
    let event = try #require(try store.events().last)
    #expect(event.method == "import")
    #expect(event.payload["imported_from"] == "ben.csv:3")
    #expect(event.payload["run_by"] == "ana")
  }

  @Test func aResolutionOnlyIncludesOrExcludes() throws {
    let store = try storeWithRecords()
    #expect(throws: StoreError.self) {
      try store.recordDecision(
        DecisionDraft(
          recordID: 1, stage: .titleAbstract, verdict: .maybe, reviewer: "ana",
          method: .resolution))
    }
    #expect(throws: StoreError.self) {
      try store.recordDecision(
        DecisionDraft(
          recordID: 1, stage: .fullText, verdict: .notRetrieved, reviewer: "ana",
          method: .resolution))
    }
    #expect(try store.decisions().isEmpty)
    try store.recordDecision(
      DecisionDraft(
        recordID: 1, stage: .fullText, verdict: .include, reviewer: "ana", method: .resolution))
    #expect(try store.decisions().map(\.method) == [.resolution])
  }

  @Test func existingRecordIDsAreFoundInOneRead() throws {
    let store = try storeWithRecords()
    #expect(try store.existingRecordIDs([1, 3, 9, -1]) == [1, 3])
    #expect(try store.existingRecordIDs([]).isEmpty)
  }
}

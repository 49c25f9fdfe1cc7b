import Foundation
import ReviewModel
import TerminalUI
import Testing

struct ScreeningSessionTests {
  private let reasons = [
    ExclusionReason(id: "wrong_population", label: "Wrong population"),
    ExclusionReason(id: "wrong_design", label: "Wrong study design"),
  ]

  private func state(stage: ScreeningStage = .titleAbstract, queue: [Int64] = [11, 12, 13])
    -> ScreeningSession.State
  {
    var state = ScreeningSession.State(
      stage: stage, reviewer: "ana", reasons: reasons, reasonIsRequired: stage == .fullText,
      queue: queue, alreadyDecided: 2)
    state.item = item(queue[0])
    return state
  }

  private func item(_ id: Int64, standing: Verdict? = nil) -> ScreeningItem {
    ScreeningItem(
      recordID: id, title: [StyledSpan("Title \(id)")], byline: "Rahman, Priya",
      details: "Med Teach · 2024 · PubMed", abstract: [StyledSpan("Abstract \(id)")],
      standingVerdict: standing)
  }

  /// Presses `keys`, loading whatever the session asks for, and returns every effect.
  private func press(_ keys: [Key], in state: inout ScreeningSession.State) -> [ScreeningEffect] {
    var all: [ScreeningEffect] = []
    for key in keys {
      let effects = ScreeningSession.handle(key, in: &state)
      for case .load(let position) in effects { state.item = item(state.queue[position]) }
      all += effects
    }
    return all
  }

  @Test func includingRecordsTheDecisionAndMovesOn() {
    var state = state()
    let effects = press([.character("i")], in: &state)
    #expect(
      effects == [
        .record(
          DecisionDraft(recordID: 11, stage: .titleAbstract, verdict: .include, reviewer: "ana")),
        .load(position: 1),
      ])
    #expect(state.item?.recordID == 12)
    #expect(state.progress.decided == 3)
    #expect(state.progress.included == 1)
  }

  @Test func excludingAsksForAReasonThatIsOptionalAtTitleAndAbstract() {
    var state = state()
    #expect(press([.character("e")], in: &state).isEmpty)
    #expect(state.mode == .choosingReason(.exclude))
    let effects = press([.character("2")], in: &state)
    #expect(
      effects.first
        == .record(
          DecisionDraft(
            recordID: 11, stage: .titleAbstract, verdict: .exclude, reason: "wrong_design",
            reviewer: "ana")))
    let noReason = press([.character("e"), .enter], in: &state)
    #expect(
      noReason.first
        == .record(
          DecisionDraft(recordID: 12, stage: .titleAbstract, verdict: .exclude, reviewer: "ana")))
  }

  @Test func aFullTextExclusionCannotGoWithoutAReason() {
    var state = state(stage: .fullText)
    #expect(press([.character("e"), .enter], in: &state).isEmpty)
    #expect(state.mode == .choosingReason(.exclude))
    #expect(state.message?.contains("needs a reason") == true)
    #expect(press([.escape], in: &state).isEmpty)
    #expect(state.mode == .browsing)
    let retrieved = press([.character("r"), .character("1")], in: &state)
    #expect(
      retrieved.first
        == .record(
          DecisionDraft(
            recordID: 11, stage: .fullText, verdict: .notRetrieved, reason: "wrong_population",
            reviewer: "ana")))
  }

  @Test func aNoteGoesWithTheNextDecisionOnly() {
    var state = state()
    _ = press([.character("n")] + "ask Ben".map { .character($0) } + [.enter], in: &state)
    #expect(state.pendingNote == "ask Ben")
    let first = press([.character("m")], in: &state)
    #expect(
      first.first
        == .record(
          DecisionDraft(
            recordID: 11, stage: .titleAbstract, verdict: .maybe, note: "ask Ben", reviewer: "ana"))
    )
    let second = press([.character("i")], in: &state)
    #expect(
      second.first
        == .record(
          DecisionDraft(recordID: 12, stage: .titleAbstract, verdict: .include, reviewer: "ana")))
  }

  @Test func undoTakesTheDecisionBackAndGoesBackToItsRecord() {
    var state = state()
    _ = press([.character("i")], in: &state)
    #expect(state.progress.decided == 3)
    #expect(state.progress.included == 1)
    let undo = ScreeningSession.handle(.character("u"), in: &state)
    #expect(undo == [.retract(recordID: 11, restoring: nil), .load(position: 0)])
    #expect(state.progress.decided == 2)
    #expect(state.progress.included == 0)
    state.item = item(11)
    _ = press([.character("m")], in: &state)
    #expect(state.progress.decided == 3)
    #expect(state.progress.maybe == 1)
    #expect(state.item?.recordID == 12)
  }

  @Test func undoingADecisionThatReplacedAnotherRestoresTheEarlierOne() {
    var state = state()
    state.item = item(11, standing: .exclude)
    let before = state.progress
    _ = press([.character("i")], in: &state)
    #expect(state.progress.decided == before.decided)
    #expect(state.progress.included == before.included + 1)
    #expect(state.progress.excluded == before.excluded - 1)
    let undo = ScreeningSession.handle(.character("u"), in: &state)
    #expect(undo == [.retract(recordID: 11, restoring: .exclude), .load(position: 0)])
    #expect(state.progress == before)
    #expect(state.message?.contains("earlier exclude stands") == true)
    #expect(ScreeningSession.handle(.character("u"), in: &state).isEmpty)
    #expect(state.message == "Nothing to undo in this session.")
  }

  @Test func aFullTextInclusionAsksForTheDesignWhenTheProtocolHasDesigns() {
    var state = state(stage: .fullText)
    state.designs = ["cross-sectional", "qualitative"]
    #expect(press([.character("i")], in: &state).isEmpty)
    #expect(state.mode == .choosingDesign)
    #expect(press([.character("7")], in: &state).isEmpty, "no seventh design")
    let chosen = press([.character("2")], in: &state)
    #expect(
      Array(chosen.prefix(2)) == [
        .record(
          DecisionDraft(recordID: 11, stage: .fullText, verdict: .include, reviewer: "ana")),
        .setDesign(recordID: 11, design: "qualitative"),
      ])
    #expect(state.mode == .browsing)
    #expect(state.item?.recordID == 12)

    // Enter includes without a design; Escape goes back without deciding.
    _ = press([.character("i")], in: &state)
    let plain = press([.enter], in: &state)
    #expect(!plain.contains { if case .setDesign = $0 { true } else { false } })
    #expect(state.item?.recordID == 13)
    _ = press([.character("i"), .escape], in: &state)
    #expect(state.mode == .browsing)
    #expect(state.item?.recordID == 13)
  }

  @Test func anInclusionAtTitleAndAbstractNeverAsksForADesign() {
    var state = state()
    state.designs = ["cross-sectional"]
    let effects = press([.character("i")], in: &state)
    #expect(effects.first?.isRecord == true)
    #expect(state.mode == .browsing)
  }

  @Test func skippingToTheEndLeavesNothingToDecide() {
    var state = state(queue: [11])
    #expect(press([.character("s")], in: &state).isEmpty)
    #expect(state.isAtEnd)
    #expect(press([.character("i")], in: &state).isEmpty)
    #expect(state.message?.contains("No record to decide") == true)
  }

  @Test func searchAndQuitAreLeftToTheShell() {
    var state = state()
    let search = press([.character("/")] + "twitter".map { .character($0) } + [.enter], in: &state)
    #expect(search == [.search("twitter", after: 0)])
    #expect(press([.control("c")], in: &state) == [.quit])
    #expect(state.hasQuit)
  }

  @Test func theViewFitsTheScreenAndShowsTheRecordAndProgress() {
    var state = state()
    state.item = ScreeningItem(
      recordID: 11,
      title: HighlightStyle.spans(
        "Twitter for residents", include: [], exclude: []),
      byline: "Rahman, Priya", details: "Med Teach · 2024 · PubMed",
      abstract: [StyledSpan(String(repeating: "word ", count: 400))])
    for size in [TerminalSize(rows: 24, columns: 80), TerminalSize(rows: 10, columns: 40)] {
      let lines = ScreeningView.lines(state, size: size)
      #expect(lines.count == size.rows)
      #expect(lines.allSatisfy { $0.width <= size.columns })
      #expect(lines[0].plainText.hasPrefix("litrev screen · title and abstract · ana"))
    }
    let wide = ScreeningView.lines(state, size: TerminalSize(rows: 24, columns: 100))
    #expect(wide[0].plainText.hasSuffix("2/5 decided · 0 in · 0 out · 0 maybe"))
    #expect(wide.contains { $0.plainText == "Twitter for residents" })
    #expect(wide.contains { $0.plainText.hasPrefix("… (the rest does not fit") })
    #expect(wide.last?.plainText.hasPrefix("i include  e exclude") == true)
  }

  @Test func highlightsMarkIncludeAndExcludeTermsAndExcludeWins() throws {
    let text = "Residents and medical students on Twitter"
    func range(_ word: String) throws -> Range<String.Index> { try #require(text.range(of: word)) }
    let spans = HighlightStyle.spans(
      text, include: [try range("Residents"), try range("Twitter"), try range("medical")],
      exclude: [try range("medical students")])
    #expect(
      spans == [
        StyledSpan("Residents", style: HighlightStyle.includeTerm), StyledSpan(" and "),
        StyledSpan("medical students", style: HighlightStyle.excludeTerm), StyledSpan(" on "),
        StyledSpan("Twitter", style: HighlightStyle.includeTerm),
      ])
  }
}

extension ScreeningEffect {
  fileprivate var isRecord: Bool {
    if case .record = self { true } else { false }
  }
}

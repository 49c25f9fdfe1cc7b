import Testing

@testable import TerminalUI

/// The appraisal screen's reducer, driven key by key without a terminal or a store.
struct AppraisalSessionTests {
  private func form(_ recordID: Int64 = 7, answers: [String: String] = [:]) -> AppraisalForm {
    let yesNo = [
      AppraisalForm.Choice(id: "yes", label: "Yes"), AppraisalForm.Choice(id: "no", label: "No"),
      AppraisalForm.Choice(id: "cant_tell", label: "Can't tell"),
    ]
    return AppraisalForm(
      recordID: recordID, title: "A survey of trainees", instrumentID: "casp",
      instrumentName: "CASP",
      questions: ["aims", "method", "value"].map {
        AppraisalForm.Question(
          itemID: $0, domain: "Validity", text: "\($0)?", guidance: "look for \($0)",
          choices: yesNo)
      }, answers: answers)
  }

  /// A session over records 7 and 8, with record 7 loaded.
  private func started(answers: [String: String] = [:]) -> AppraisalSession.State {
    var state = AppraisalSession.State(reviewer: "ana", queue: [7, 8])
    #expect(AppraisalSession.start(state) == [.load(position: 0)])
    state.show(form(answers: answers))
    return state
  }

  @Test func aNumberAnswersStoresAtOnceAndMovesOn() {
    var state = started()
    let effects = AppraisalSession.handle(.character("2"), in: &state)
    #expect(
      effects == [.record(recordID: 7, instrument: "casp", item: "aims", answer: "no", note: nil)])
    #expect(state.question == 1)
    #expect(state.form?.answers == ["aims": "no"])
  }

  @Test func aNumberNoAnswerHasIsRefusedWithTheAllowedOnes() {
    var state = started()
    #expect(AppraisalSession.handle(.character("7"), in: &state).isEmpty)
    #expect(state.message == "Choose 1 to 3: 1 Yes, 2 No, 3 Can't tell")
    #expect(state.question == 0)
  }

  @Test func aNoteTypedBeforeAnsweringGoesWithTheAnswer() {
    var state = started()
    _ = AppraisalSession.handle(.character("n"), in: &state)
    #expect(state.mode == .typingNote(""))
    for character in "vague" { _ = AppraisalSession.handle(.character(character), in: &state) }
    _ = AppraisalSession.handle(.backspace, in: &state)
    #expect(AppraisalSession.handle(.enter, in: &state).isEmpty)
    #expect(state.pendingNote == "vagu")
    let effects = AppraisalSession.handle(.character("3"), in: &state)
    #expect(
      effects == [
        .record(recordID: 7, instrument: "casp", item: "aims", answer: "cant_tell", note: "vagu")
      ])
  }

  @Test func aNoteOnAnAnsweredItemIsStoredWithItsAnswer() {
    var state = started(answers: ["aims": "yes"])
    _ = AppraisalSession.handle(.left, in: &state)
    #expect(state.question == 0)
    _ = AppraisalSession.handle(.character("n"), in: &state)
    for character in "ok" { _ = AppraisalSession.handle(.character(character), in: &state) }
    let effects = AppraisalSession.handle(.enter, in: &state)
    #expect(
      effects == [.record(recordID: 7, instrument: "casp", item: "aims", answer: "yes", note: "ok")]
    )
    #expect(state.form?.notes == ["aims": "ok"])
  }

  @Test func escapeCancelsANote() {
    var state = started()
    _ = AppraisalSession.handle(.character("n"), in: &state)
    _ = AppraisalSession.handle(.character("x"), in: &state)
    #expect(AppraisalSession.handle(.escape, in: &state).isEmpty)
    #expect(state.mode == .answering)
    #expect(state.pendingNote == nil)
  }

  @Test func resumingStartsAtTheFirstUnansweredItem() {
    let state = started(answers: ["aims": "yes", "method": "no"])
    #expect(state.question == 2)
    #expect(state.currentQuestion?.itemID == "value")
  }

  @Test func backAndForwardMoveBetweenItemsWithoutAnswering() {
    var state = started()
    #expect(AppraisalSession.handle(.right, in: &state).isEmpty)
    #expect(AppraisalSession.handle(.character(" "), in: &state).isEmpty)
    #expect(state.question == 2)
    _ = AppraisalSession.handle(.character("b"), in: &state)
    #expect(state.question == 1)
    _ = AppraisalSession.handle(.up, in: &state)
    _ = AppraisalSession.handle(.up, in: &state)
    #expect(state.question == 0)
    #expect(state.message == "This is the first item of the study.")
  }

  @Test func forwardPastTheLastItemReturnsToOneLeftUnanswered() {
    var state = started()
    _ = AppraisalSession.handle(.character("1"), in: &state)
    _ = AppraisalSession.handle(.right, in: &state)
    #expect(AppraisalSession.handle(.right, in: &state).isEmpty)
    #expect(state.question == 1)
    #expect(state.message == "Item method has no answer yet.")
  }

  @Test func answeringTheLastItemLoadsTheNextStudy() {
    var state = started(answers: ["aims": "yes", "method": "yes"])
    let effects = AppraisalSession.handle(.character("1"), in: &state)
    #expect(
      effects == [
        .record(recordID: 7, instrument: "casp", item: "value", answer: "yes", note: nil),
        .load(position: 1),
      ])
    #expect(state.position == 1)
    #expect(state.form == nil)
  }

  @Test func theLastStudyDoneEndsTheQueue() {
    var state = started()
    _ = AppraisalSession.handle(.character("]"), in: &state)
    state.show(form(8))
    #expect(AppraisalSession.handle(.character("]"), in: &state).isEmpty)
    #expect(state.isAtEnd)
    #expect(state.message == "Every study in this queue is done.")
  }

  @Test func quitAndControlCQuit() {
    var state = started()
    #expect(AppraisalSession.handle(.character("q"), in: &state) == [.quit])
    var other = started()
    #expect(AppraisalSession.handle(.control("c"), in: &other) == [.quit])
    #expect(other.hasQuit)
  }

  @Test func helpShowsAndAnyKeyLeavesIt() {
    var state = started()
    _ = AppraisalSession.handle(.character("?"), in: &state)
    #expect(state.mode == .help)
    #expect(AppraisalSession.handle(.character("1"), in: &state).isEmpty)
    #expect(state.mode == .answering)
    #expect(state.form?.answers.isEmpty == true)
  }

  @Test func theViewShowsTheQuestionGuidanceAndAnswersOnTheirKeys() {
    var state = started(answers: ["aims": "no"])
    _ = AppraisalSession.handle(.left, in: &state)
    let lines = AppraisalView.lines(state, size: TerminalSize(rows: 16, columns: 80)).map(
      \.plainText)
    #expect(lines.count == 16)
    #expect(lines[0].hasPrefix("litrev appraise · CASP · ana"))
    #expect(lines[0].hasSuffix("study 1 of 2"))
    #expect(lines.contains("Record 7: A survey of trainees"))
    #expect(lines.contains("Item 1 of 3 · 1 answered · Validity"))
    #expect(lines.contains("aims?"))
    #expect(lines.contains("look for aims"))
    #expect(lines.contains("   1  Yes"))
    #expect(lines.contains(" ▸ 2  No"))
    #expect(lines.last == AppraisalView.keys)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
  }
}

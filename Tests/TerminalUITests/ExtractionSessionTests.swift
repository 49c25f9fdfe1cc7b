import ReviewModel
import Testing

@testable import TerminalUI

/// The extraction screen's reducer and view, as pure functions.
struct ExtractionSessionTests {
  static let fields = [
    ExtractionField(name: "country", kind: .list),
    ExtractionField(name: "participants_n", kind: .number, help: "How many took part"),
    ExtractionField(name: "study_design", kind: .choice, choices: ["Survey", "Cohort"]),
  ]

  /// A session on two studies, with the first one loaded.
  static func session() -> ExtractionSession.State {
    var state = ExtractionSession.State(reviewer: "ana", fields: fields, queue: [12, 15])
    #expect(ExtractionSession.start(state) == [.load(position: 0)])
    state.study = ExtractionStudy(recordID: 12, title: "Twitter journal clubs", details: "Chen")
    return state
  }

  static func type(_ text: String, then key: Key = .enter, in state: inout ExtractionSession.State)
    -> [ExtractionEffect]
  {
    for character in text {
      #expect(ExtractionSession.handle(.character(character), in: &state) == [])
    }
    return ExtractionSession.handle(key, in: &state)
  }

  @Test func aValueIsStoredTypedAndTheNextFieldComes() {
    var state = Self.session()
    let effects = Self.type("UK; Ireland", in: &state)
    #expect(
      effects == [
        .record(
          ExtractionDraft(
            recordID: 12, field: "country", value: .list(["UK", "Ireland"]), reviewer: "ana"))
      ])
    #expect(state.fieldIndex == 1)
    #expect(state.input == "")
    #expect(state.study?.values["country"] == "UK; Ireland")
    #expect(state.storedCount == 1)
  }

  @Test func aNumberFieldRefusesWordsAndStaysOnTheField() {
    var state = Self.session()
    state.fieldIndex = 1
    #expect(Self.type("abc", in: &state) == [])
    #expect(state.fieldIndex == 1)
    #expect(
      state.message == "'abc' is not a number; participants_n takes a number such as 120 or 12.5")
    #expect(state.storedCount == 0)
  }

  @Test func aChoiceFieldListsItsChoicesWhenRefusing() {
    var state = Self.session()
    state.fieldIndex = 2
    #expect(Self.type("Trial", in: &state) == [])
    #expect(state.message?.hasSuffix("choose one of: Survey, Cohort") == true)
  }

  @Test func theLastFieldLeadsToTheNextStudy() {
    var state = Self.session()
    state.fieldIndex = 2
    let effects = Self.type("2", in: &state)
    #expect(
      effects == [
        .record(
          ExtractionDraft(
            recordID: 12, field: "study_design", value: .choice("Cohort"), reviewer: "ana")),
        .load(position: 1),
      ])
    #expect(state.position == 1)
    #expect(state.fieldIndex == 0)
    #expect(state.study == nil)
  }

  @Test func anEmptyEnterKeepsTheFieldAndUpGoesBack() {
    var state = Self.session()
    #expect(ExtractionSession.handle(.enter, in: &state) == [])
    #expect(state.fieldIndex == 1)
    #expect(ExtractionSession.handle(.up, in: &state) == [])
    #expect(state.fieldIndex == 0)
    #expect(ExtractionSession.handle(.up, in: &state) == [])
    #expect(state.fieldIndex == 0)
  }

  @Test func backspaceEditsAndPageDownLeavesTheStudyForLater() {
    var state = Self.session()
    _ = ExtractionSession.handle(.character("U"), in: &state)
    _ = ExtractionSession.handle(.character("S"), in: &state)
    _ = ExtractionSession.handle(.backspace, in: &state)
    #expect(state.input == "U")
    #expect(ExtractionSession.handle(.pageDown, in: &state) == [.load(position: 1)])
    #expect(state.input == "")
    #expect(state.storedCount == 0)
  }

  @Test func escapeQuitsAndThePastTheEndStateStoresNothing() {
    var state = Self.session()
    state.position = 2
    state.study = nil
    #expect(ExtractionSession.apply(.enter("UK"), to: &state) == [])
    #expect(state.message?.hasPrefix("No study to extract") == true)
    #expect(ExtractionSession.handle(.escape, in: &state) == [.quit])
    #expect(state.hasQuit)
  }

  @Test func theViewShowsTheFormTheCurrentFieldAndTheInput() {
    var state = Self.session()
    state.study?.values["country"] = "UK"
    state.fieldIndex = 1
    state.input = "12"
    let lines = ExtractionView.lines(state, size: TerminalSize(rows: 24, columns: 80)).map(
      \.plainText)
    #expect(lines.count == 24)
    #expect(lines[0].hasPrefix("litrev extract · ana"))
    #expect(lines[0].hasSuffix("study 1 of 2 · 0 values stored"))
    #expect(lines.contains("  country         UK"))
    #expect(lines.contains("▸ participants_n  —"))
    #expect(lines.contains("participants_n (number)"))
    #expect(lines.contains("How many took part"))
    #expect(lines[22] == "Value: 12▏")
    #expect(lines.allSatisfy { $0.count <= 80 })
  }

  @Test func aChoiceFieldShowsItsNumberedChoices() {
    var state = Self.session()
    state.fieldIndex = 2
    let lines = ExtractionView.lines(state, size: TerminalSize(rows: 24, columns: 80)).map(
      \.plainText)
    #expect(lines.contains("study_design (choice: type its name or its number)"))
    #expect(lines.contains("1 Survey · 2 Cohort"))
  }
}

import ReviewModel
import Testing

/// What each field type accepts, and the sentence it gives for what it refuses.
struct ExtractionFieldTests {
  private let count = ExtractionField(name: "participants_n", kind: .number)
  private let design = ExtractionField(
    name: "study_design", kind: .choice, choices: ["Survey", "Cohort", "Qualitative"])
  private let platforms = ExtractionField(
    name: "platform", kind: .list, choices: ["Twitter", "YouTube", "WhatsApp"])

  @Test func aNumberFieldTakesNumbersAndRefusesWords() throws {
    #expect(try count.value(from: " 120 ").get() == .number(120))
    #expect(try count.value(from: "12.5").get().storedText == "12.5")
    #expect(try count.value(from: "120").get().storedText == "120")
    #expect(throws: ExtractionValueError.self) { try count.value(from: "abc").get() }
    #expect(throws: ExtractionValueError.self) { try count.value(from: "nan").get() }
    #expect(throws: ExtractionValueError.self) { try count.value(from: "inf").get() }
    guard case .failure(let error) = count.value(from: "abc") else { return }
    #expect(
      error.message == "'abc' is not a number; participants_n takes a number such as 120 or 12.5")
  }

  @Test func aChoiceFieldTakesItsChoicesByNameOrNumberAndListsThemOtherwise() throws {
    #expect(try design.value(from: "cohort").get() == .choice("Cohort"))
    #expect(try design.value(from: "3").get() == .choice("Qualitative"))
    guard case .failure(let error) = design.value(from: "Trial") else {
      Issue.record("a choice that is not listed was taken")
      return
    }
    #expect(
      error.message
        == "'Trial' is not a choice of study_design; choose one of: Survey, Cohort, Qualitative")
  }

  @Test func aListFieldSplitsOnSemicolonsAndChecksItsChoices() throws {
    #expect(
      try platforms.value(from: "twitter; YouTube ;; twitter").get()
        == .list(["Twitter", "YouTube"]))
    #expect(try platforms.value(from: "Twitter;YouTube").get().storedText == "Twitter; YouTube")
    #expect(throws: ExtractionValueError.self) {
      try platforms.value(from: "Twitter; Myspace").get()
    }
    let free = ExtractionField(name: "country", kind: .list)
    #expect(try free.value(from: "UK; Ireland").get() == .list(["UK", "Ireland"]))
    #expect(free.storedValue("UK; Ireland") == .list(["UK", "Ireland"]))
  }

  @Test func aBlankValueIsRefusedByEveryType() {
    for kind in ExtractionField.Kind.allCases {
      let field = ExtractionField(name: "f", kind: kind, choices: ["a"])
      #expect(throws: ExtractionValueError.self) { try field.value(from: "  ").get() }
    }
  }
}

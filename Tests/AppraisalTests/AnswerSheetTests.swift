import Appraisal
import Foundation
import ReviewModel
import ReviewTestSupport
import Testing
import Yams

/// Answer sheets: read with their places, and refused when they give an answer the instrument
/// does not allow.
struct AnswerSheetTests {
  @Test func readsPlainAnswersAndAnswersWithNotes() throws {
    let sheet = try AnswerSheet.decode(
      """
      instrument: nos-e
      answers:
        intervention_group: "yes"
        retention: {answer: "no", note: "a third lost"}
      """, file: "a.yaml")
    #expect(sheet.instrumentID == "nos-e")
    #expect(
      sheet.answers == [
        GivenAnswer(
          item: "intervention_group", answer: "yes",
          location: SourceLocation(file: "a.yaml", line: 3, column: 23)),
        GivenAnswer(
          item: "retention", answer: "no", note: "a third lost",
          location: SourceLocation(file: "a.yaml", line: 4, column: 14)),
      ])
  }

  @Test func anAnswerTheItemDoesNotAllowListsTheAllowedOnes() throws {
    let nos = try InstrumentCatalogue.load(projectFolder: nil).instrument("nos-e")
    let sheet = try AnswerSheet.decode("answers:\n  retention: maybe\n", file: "a.yaml")
    #expect(throws: InstrumentError.self) { try nos.validate(sheet.answers) }
    do {
      try nos.validate(sheet.answers)
    } catch {
      #expect(
        error.description
          == "a.yaml:2:14: item retention does not allow the answer 'maybe'; allowed: yes, no")
    }
  }

  @Test func anItemTheInstrumentDoesNotHave() throws {
    let nos = try InstrumentCatalogue.load(projectFolder: nil).instrument("nos-e")
    let sheet = try AnswerSheet.decode("answers:\n  follow_up: \"yes\"\n", file: "a.yaml")
    do {
      try nos.validate(sheet.answers)
      Issue.record("an unknown item was accepted")
    } catch {
      #expect(
        error.description.hasPrefix(
          "a.yaml:2:14: nos-e has no item 'follow_up'; its items are: intervention_group, "))
    }
  }
}

/// `Schemas/answer-sheet.schema.json` describes the answer sheets litrev reads.
struct AnswerSheetSchemaTests {
  @Test func theEndToEndSheetsConform() throws {
    let validator = try JSONSchemaValidator(
      path: TestFiles.repositoryRoot.appendingPathComponent("Schemas/answer-sheet.schema.json")
        .path)
    for name in ["axis-ana.yaml", "axis-ben.yaml", "axis-bad-answer.yaml"] {
      let text = try String(
        contentsOfFile: TestFiles.fixture("appraisal/\(name)", in: "EndToEndTests"),
        encoding: .utf8)
      let value = try #require(try Yams.load(yaml: text))
      let json = try JSONSerialization.jsonObject(
        with: try JSONSerialization.data(withJSONObject: value))
      #expect(validator.violations(of: json) == [], "\(name)")
    }
    let wrong = try JSONSerialization.jsonObject(with: Data(#"{"answer": {}}"#.utf8))
    #expect(validator.violations(of: wrong).contains("$: missing required key 'answers'"))
  }
}

import ReviewModel
import ReviewTestSupport
import Screening
import Testing

/// The protocol's `extraction:` form: the example review's fields decode, mistakes are
/// reported at their file, line and key.
struct ExtractionFormTests {
  private let loader = ProtocolLoader()

  @Test func theExampleReviewsFormDecodes() throws {
    let form = try loader.load(path: TestFiles.corpus("protocol.yaml")).reviewProtocol.extraction
    #expect(
      form.map(\.name) == [
        "country", "setting", "study_design", "participants", "participants_n", "platform",
        "outcomes", "key_findings", "limitations",
      ])
    #expect(
      form.map(\.kind) == [.list, .text, .choice, .text, .number, .list, .text, .text, .text])
    #expect(form[2].choices.first == "Cross-sectional survey")
    #expect(form[4].help == "How many took part (the number analysed)")
  }

  @Test func aFieldWithoutTypeIsText() throws {
    let loaded = try loader.decode(
      "version: 1\ntitle: A\nextraction:\n  - name: notes\n", file: "protocol.yaml")
    #expect(loaded.reviewProtocol.extraction == [ExtractionField(name: "notes", kind: .text)])
  }

  typealias Mistake = ProtocolLoaderTests.Mistake

  static let mistakes: [Mistake] = [
    Mistake(
      yaml: "version: 1\ntitle: A\nextraction:\n  - name: n\n    type: integer\n",
      line: 5, column: 11, keyPath: "extraction[0].type",
      message: "'integer' is not a field type; use one of: text, number, choice, list"),
    Mistake(
      yaml: "version: 1\ntitle: A\nextraction:\n  - name: design\n    type: choice\n",
      line: 4, column: 5, keyPath: "extraction[0]",
      message: "a choice field needs a list of choices"),
    Mistake(
      yaml: "version: 1\ntitle: A\nextraction:\n  - name: n\n    type: number\n    choices: [a]\n",
      line: 6, column: 14, keyPath: "extraction[0].choices",
      message: "only a choice or list field has choices; n is number"),
    Mistake(
      yaml: "version: 1\ntitle: A\nextraction:\n  - name: Study Design\n",
      line: 4, column: 11, keyPath: "extraction[0].name",
      message:
        "a field name is snake_case: lower-case letters, digits and _, such as study_design"),
    Mistake(
      yaml: "version: 1\ntitle: A\nextraction:\n  - name: a\n  - name: a\n",
      line: 5, column: 5, keyPath: "extraction[1]",
      message: "the field 'a' is defined twice (first at line 4)"),
    Mistake(
      yaml: "version: 1\ntitle: A\nextraction:\n  - name: a\n    type: list\n    choices: [x, X]\n",
      line: 6, column: 18, keyPath: "extraction[0].choices[1]",
      message: "the choice 'X' is listed twice"),
    Mistake(
      yaml: "version: 1\ntitle: A\nextraction:\n  - name: a\n    hint: what\n",
      line: 5, column: 5, keyPath: "extraction[0].hint",
      message: "unknown key 'hint'; expected one of: name, type, help, choices"),
  ]

  @Test(arguments: mistakes)
  func aMistakeIsReportedWithLineColumnAndKeyPath(mistake: Mistake) {
    ProtocolLoaderTests().aMistakeIsReportedWithLineColumnAndKeyPath(mistake: mistake)
  }
}

import Foundation
import ReviewTestSupport
import Testing
import Yams

/// `Schemas/survey.schema.json` and `Schemas/codebook.schema.json` describe the example's files
/// and every fixture definition.
struct SchemaTests {
  private func violations(_ file: String, schema: String) throws -> [String] {
    let validator = try JSONSchemaValidator(
      path: TestFiles.repositoryRoot.appendingPathComponent("Schemas/\(schema)").path)
    let value = try #require(try Yams.load(yaml: String(contentsOfFile: file, encoding: .utf8)))
    let json = try JSONSerialization.jsonObject(
      with: try JSONSerialization.data(withJSONObject: value))
    return validator.violations(of: json)
  }

  @Test(arguments: ["google-forms", "microsoft-forms", "surveymonkey", "qualtrics", "redcap"])
  func fixtureDefinitionsConform(style: String) throws {
    let path = TestFiles.fixture("styles/\(style).yaml", in: "SurveyTests")
    #expect(try violations(path, schema: "survey.schema.json") == [])
  }

  @Test func theExampleFilesConform() throws {
    #expect(
      try violations(TestFiles.corpus("survey/survey.yaml"), schema: "survey.schema.json") == [])
    #expect(
      try violations(TestFiles.corpus("survey/codebook.yaml"), schema: "codebook.schema.json") == []
    )
  }
}

import Foundation
import ReviewTestSupport
import Testing
import Yams

/// `Schemas/protocol.schema.json` describes the protocols litrev reads.
struct ProtocolSchemaTests {
  private let schemaPath = TestFiles.repositoryRoot
    .appendingPathComponent("Schemas/protocol.schema.json").path

  /// The YAML text as the JSON values the schema validator checks.
  private func jsonValue(ofYAML text: String) throws -> Any {
    let value = try #require(try Yams.load(yaml: text))
    let data = try JSONSerialization.data(withJSONObject: value)
    return try JSONSerialization.jsonObject(with: data)
  }

  @Test func theExampleReviewsProtocolConforms() throws {
    let validator = try JSONSchemaValidator(path: schemaPath)
    let text = try String(contentsOfFile: TestFiles.corpus("protocol.yaml"), encoding: .utf8)
    #expect(validator.violations(of: try jsonValue(ofYAML: text)) == [])
  }

  @Test func aProtocolWithAnUnknownKeyDoesNot() throws {
    let validator = try JSONSchemaValidator(path: schemaPath)
    let value = try jsonValue(
      ofYAML: "version: 1\ntitle: A\nstages: {full_text: {blinded: true}}\n")
    #expect(
      validator.violations(of: value) == [
        "$.stages.full_text: key 'blinded' is not in the schema"
      ])
  }

  /// The protocol's `themes:` take the codebook's form.
  ///
  /// The schema validator here reads no `$ref`, so the protocol schema holds a copy of the
  /// codebook's theme schema; this keeps the two the same.
  @Test func theProtocolsThemesAreTheCodebooksThemes() throws {
    func themeItems(_ name: String) throws -> NSDictionary {
      let url = TestFiles.repositoryRoot.appendingPathComponent("Schemas/\(name).schema.json")
      let schema = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
      let properties = try #require(schema["properties"] as? [String: Any])
      let themes = try #require(properties["themes"] as? [String: Any])
      return try #require(themes["items"] as? NSDictionary)
    }
    #expect(try themeItems("protocol") == themeItems("codebook"))
  }
}

import Appraisal
import Foundation
import ReviewTestSupport
import Testing
import Yams

/// `Schemas/instrument.schema.json` describes every bundled instrument file.
struct InstrumentSchemaTests {
  private let validator: JSONSchemaValidator

  init() throws {
    validator = try JSONSchemaValidator(
      path: TestFiles.repositoryRoot.appendingPathComponent("Schemas/instrument.schema.json").path)
  }

  private func jsonValue(ofYAML text: String) throws -> Any {
    let value = try #require(try Yams.load(yaml: text))
    return try JSONSerialization.jsonObject(with: try JSONSerialization.data(withJSONObject: value))
  }

  @Test func everyBundledInstrumentConforms() throws {
    let folder = try #require(InstrumentCatalogue.bundledFolder)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.hasSuffix(".yaml")
    }
    #expect(files.count == 6)
    for file in files {
      let text = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
      #expect(validator.violations(of: try jsonValue(ofYAML: text)) == [], "\(file)")
    }
  }

  @Test func aFileWithAnUnknownKeyDoesNot() throws {
    let text = InstrumentFixtures.tiny.replacingOccurrences(of: "edition:", with: "editon:")
    let violations = validator.violations(of: try jsonValue(ofYAML: text))
    #expect(violations.contains("$: key 'editon' is not in the schema"))
    #expect(violations.contains("$: missing required key 'edition'"))
  }
}

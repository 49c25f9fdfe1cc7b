import Foundation
import ReviewTestSupport
import Testing

/// `litrev parse`, without a project: the JSON that other tools and the conformance check read.
struct ParseTests {
  private static let fixtures = [
    "ris/scopus.ris", "ris/ovid.ris", "ris/endnote.ris", "ris/web-of-science.ris",
    "ris/windows-1252.ris", "ris/unknown-tags.ris", "gzip/two-members.ris.gz",
    "medline/two-articles.nbib", "medline/book-chapter.nbib", "medline/collective-author.nbib",
    "medline/pmc-first.txt", "medline/vernacular-title.nbib", "gzip/two-articles.nbib.gz",
    "bibtex/zotero.bib", "bibtex/jabref.bib", "bibtex/scopus.bib", "bibtex/accents.bib",
    "bibtex/names.bib", "bibtex/macros.bib",
  ]

  @Test(arguments: fixtures)
  func jsonOutputFollowsTheRecordSchema(fixture: String) throws {
    let path = TestFiles.fixture(fixture, in: "IngestTests")
    let result = try LitrevBinary.run(["parse", path, "--json"])
    #expect(result.status == 0, "\(result.standardError)")
    let parsed = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    let records = try #require(parsed as? [Any])
    #expect(!records.isEmpty)
    let schema = try JSONSchemaValidator(
      path: TestFiles.repositoryRoot.appendingPathComponent("Schemas/record.schema.json").path)
    for (index, record) in records.enumerated() {
      #expect(schema.violations(of: record) == [], "record \(index) of \(fixture)")
    }
  }

  @Test func theValidatorCatchesWhatTheSchemaForbids() throws {
    let schema = try JSONSchemaValidator(
      path: TestFiles.repositoryRoot.appendingPathComponent("Schemas/record.schema.json").path)
    let broken: [String: Any] = ["title": 42, "surprise": true]
    let violations = schema.violations(of: broken)
    #expect(violations.contains("$: missing required key 'pmid'"))
    #expect(violations.contains { $0.hasPrefix("$.title: expected string or null") })
    #expect(violations.contains("$: key 'surprise' is not in the schema"))
  }

  @Test func countReadsEveryRecord() throws {
    let path = TestFiles.fixture("ris/scopus.ris", in: "IngestTests")
    let result = try LitrevBinary.run(["parse", path, "--count"])
    #expect(result.status == 0)
    #expect(result.standardOutput == "2\n")
  }

  @Test func parseNeedsToBeToldWhatToPrint() throws {
    let path = TestFiles.fixture("ris/scopus.ris", in: "IngestTests")
    let result = try LitrevBinary.run(["parse", path])
    #expect(result.status == 64)
    #expect(result.standardError.contains("--json or --count"))
  }
}

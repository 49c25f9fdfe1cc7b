import Foundation
import Ingest
import ReviewModel
import ReviewTestSupport
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `litrev export evidence` in every format, on the example review with records 2 and 5
/// included at full text and extracted.
struct EvidenceExportTests {
  private static func extractedProject() throws -> TemporaryFolder {
    let folder = try ExtractionCommandTests.exampleProject()
    try ExtractionCommandTests.run(
      [
        "extract", "2", "--set", "participants_n=120", "--set", "country=UK",
        "--set", "key_findings==1+1 <script>alert(\"x\")</script> & 'so'", "--reviewer", "ana",
      ], in: folder)
    try ExtractionCommandTests.run(
      ["extract", "5", "--set", "participants_n=64", "--reviewer", "ana"], in: folder)
    try ExtractionCommandTests.run(
      ["extract", "5", "--set", "participants_n=60", "--reviewer", "ben"], in: folder)
    try ExtractionCommandTests.run(
      ["extract", "5", "--set", "country=Canada; USA", "--reviewer", "ben"], in: folder)
    return folder
  }

  @discardableResult
  private func export(_ arguments: [String], in folder: TemporaryFolder) throws -> CLIResult {
    try ExtractionCommandTests.run(["export", "evidence"] + arguments, in: folder)
  }

  @Test func csvIsFormulaSafeWithAnOptionalByteOrderMarkAndLeavesConflictsEmpty() throws {
    let folder = try Self.extractedProject()
    let result = try export(
      ["--format", "csv", "--columns", "id,participants_n,country,key_findings"], in: folder)
    #expect(
      result.standardOutput == """
        ID,Participants n,Country,Key findings\r
        2,120,UK,"'=1+1 <script>alert(""x"")</script> & 'so'"\r
        5,,Canada; USA,\r

        """)
    #expect(result.standardError.contains("1 field is left empty because the extractors differ"))
    try ExtractionCommandTests.run(
      ["extractions", "resolve", "5", "participants_n", "60", "--reviewer", "cy"], in: folder)
    let marked = try export(
      ["--bom", "--columns", "id,participants_n", "--sort", "participants_n", "--output", "e.csv"],
      in: folder)
    #expect(marked.standardOutput == "e.csv: wrote 2 studies\n")
    let bytes = try Data(contentsOf: folder.url.appendingPathComponent("e.csv"))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(
      String(decoding: bytes.dropFirst(3), as: UTF8.self)
        == "ID,Participants n\r\n5,60\r\n2,120\r\n")
    let descending = try export(
      ["--columns", "id,participants_n", "--sort=-participants_n"], in: folder)
    #expect(descending.standardOutput == "ID,Participants n\r\n2,120\r\n5,60\r\n")
  }

  @Test func htmlAndMarkdownEscapeTheText() throws {
    let folder = try Self.extractedProject()
    let html = try export(["--format", "html"], in: folder).standardOutput
    #expect(!html.contains("<script>"))
    #expect(
      html.contains("=1+1 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;so&#39;"))
    #expect(html.contains("<th scope=\"col\">Study design</th>"))
    let markdown = try export(["--format", "md"], in: folder).standardOutput
    #expect(!markdown.contains("<script>"))
    #expect(markdown.hasPrefix("# Evidence table: Social media in postgraduate medical training"))
  }

  @Test func jsonFollowsTheSchema() throws {
    let folder = try Self.extractedProject()
    let text = try export(["--format", "json", "--sort", "id"], in: folder).standardOutput
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    let validator = try JSONSchemaValidator(
      path: TestFiles.repositoryRoot.appendingPathComponent("Schemas/evidence-table.schema.json")
        .path)
    #expect(validator.violations(of: value) == [])
    let object = try #require(value as? [String: Any])
    let columns = try #require(object["columns"] as? [[String: Any]])
    #expect(
      columns.prefix(8).compactMap { $0["name"] as? String } == [
        "id", "first_author", "year", "title", "journal", "doi", "pmid", "country",
      ])
    let rows = try #require(object["rows"] as? [[String: Any]])
    #expect(rows.map { $0["id"] as? Int } == [2, 5])
    #expect(rows[0]["participants_n"] as? Int == 120)
    #expect(rows[1]["country"] as? [String] == ["Canada", "USA"])
    #expect(rows[1]["participants_n"] is NSNull)
  }

  @Test func xlsxIsAWorkbookThatHoldsTheTable() throws {
    let folder = try Self.extractedProject()
    try export(["--format", "xlsx", "--columns", "id,country", "--output", "e.xlsx"], in: folder)
    let archive = try Archive(url: folder.url.appendingPathComponent("e.xlsx"), accessMode: .read)
    let sheet = try #require(archive["xl/worksheets/sheet1.xml"])
    var bytes = Data()
    _ = try archive.extract(sheet) { bytes.append($0) }
    #expect(XMLParser(data: bytes).parse())
    let xml = String(decoding: bytes, as: UTF8.self)
    #expect(xml.contains("<c r=\"A2\"><v>2</v></c>"))
    #expect(
      xml.contains(
        "<c r=\"B3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Canada; USA</t></is></c>"))
  }

  @Test func risOfTheIncludedStudiesReadsBack() throws {
    let folder = try Self.extractedProject()
    try export(["--format", "ris", "--output", "included.ris"], in: folder)
    let path = folder.path("included.ris")
    let reader = RISReader(try FileByteSource(path: path), path: path)
    var references: [Record] = []
    while let record = try reader.next() { references.append(record) }
    #expect(reader.diagnostics.isEmpty)
    #expect(references.count == 2)
    for (reference, id) in zip(references, ["2", "5"]) {
      let shown = try ExtractionCommandTests.run(["show", id, "--json"], in: folder).standardOutput
      let stored = try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any]
      #expect(reference.title == stored?["title"] as? String)
      #expect(reference.doi == stored?["doi"] as? String)
      #expect(reference.pmid == stored?["pmid"] as? String)
      #expect(reference.year == stored?["year"] as? Int)
      #expect(reference.journal == stored?["journal"] as? String)
      let authors = stored?["authors"] as? [Any]
      #expect(reference.authors.count == authors?.count)
    }
    let refused = try LitrevBinary.run(
      ["export", "evidence", "--format", "ris", "--sort", "id"], in: folder.url)
    #expect(refused.status == 64)
  }

  @Test func anUnknownColumnIsAUsageErrorNamingTheColumns() throws {
    let folder = try Self.extractedProject()
    let result = try LitrevBinary.run(
      ["export", "evidence", "--columns", "id,risk_of_bias"], in: folder.url)
    #expect(result.status == 64)
    #expect(
      result.standardError.contains(
        "no column 'risk_of_bias' in the evidence table; its columns are: id, first_author"))
    // The appraisal's and the links' columns are named too, after the extraction form's.
    #expect(result.standardError.contains("design, appraisal_instrument, appraisal_score"))
  }
}

import Foundation
import Ingest
import Reports
import ReviewTestSupport
import Testing

/// CSV injection, byte order marks, HTML and Markdown escaping, and JSON against the schema.
struct EvidenceFormatTests {
  static let hostile = ["=1+1", "+x", "-x", "@x", "\tx", "\rx"]

  static func table(_ cells: [String]) -> EvidenceTable {
    EvidenceTable(
      title: "T",
      columns: [
        EvidenceColumn(name: "id", label: "ID", kind: .integer),
        EvidenceColumn(name: "finding", label: "Finding", kind: .text),
      ],
      rows: cells.enumerated().map { [.number(Double($0.offset + 1)), .text($0.element)] })
  }

  @Test(arguments: hostile)
  func aCellThatAFormulaWouldStartIsNeutralised(cell: String) throws {
    let csv = EvidenceCSV.text(Self.table([cell]))
    let reader = try CSVReader(MemoryByteSource(Array(csv.utf8)), path: "evidence.csv")
    _ = try reader.next()
    let row = try #require(try reader.next())
    #expect(row.cells[1] == "'" + cell)
    #expect(CSVWriter.unescapedCell(row.cells[1]) == cell)
    #expect(try reader.next() == nil)
  }

  @Test func aByteOrderMarkStartsTheFileOnlyWhenAskedFor() {
    let plain = Array(EvidenceCSV.text(Self.table(["a"])).utf8)
    let marked = Array(EvidenceCSV.text(Self.table(["a"]), withByteOrderMark: true).utf8)
    #expect(plain.starts(with: Array("ID,Finding\r\n".utf8)))
    #expect(marked.starts(with: [0xEF, 0xBB, 0xBF] + Array("ID,Finding\r\n".utf8)))
  }

  @Test func htmlEscapesEveryMarkupCharacter() {
    let page = EvidenceHTML.text(Self.table(["<script>alert(1)</script> & \"quoted\" 'single'"]))
    #expect(!page.contains("<script>"))
    #expect(
      page.contains(
        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;"))
  }

  @Test func markdownEscapesMarkupPipesAndLineBreaks() {
    let text = EvidenceMarkdown.text(Self.table(["<script>&a|b\nc"]))
    #expect(text.contains("| 1 | &lt;script&gt;&amp;a\\|b<br>c |"))
    #expect(!text.contains("<script>"))
  }

  @Test func theJSONFollowsTheSchema() throws {
    let table = EvidenceTable(
      title: "A review",
      columns: [
        EvidenceColumn(name: "id", label: "ID", kind: .integer),
        EvidenceColumn(name: "year", label: "Year", kind: .integer),
        EvidenceColumn(name: "country", label: "Country", kind: .list),
        EvidenceColumn(name: "participants_n", label: "Participants n", kind: .number),
        EvidenceColumn(name: "finding", label: "Finding", kind: .text),
      ],
      rows: [[.number(4), .number(2021), .list(["UK", "Ireland"]), .number(12.5), .empty]])
    let text = EvidenceJSON.text(table)
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    let validator = try JSONSchemaValidator(
      path: TestFiles.repositoryRoot.appendingPathComponent("Schemas/evidence-table.schema.json")
        .path)
    #expect(validator.violations(of: value) == [])
    let rows = try #require((value as? [String: Any])?["rows"] as? [[String: Any]])
    #expect(rows[0]["id"] as? Int == 4)
    #expect(rows[0]["country"] as? [String] == ["UK", "Ireland"])
    #expect(rows[0]["participants_n"] as? Double == 12.5)
    #expect(rows[0]["finding"] is NSNull)
  }

  @Test func theSchemaRefusesARowWithAnObjectInIt() throws {
    let validator = try JSONSchemaValidator(
      path: TestFiles.repositoryRoot.appendingPathComponent("Schemas/evidence-table.schema.json")
        .path)
    let bad: [String: Any] = [
      "version": 1, "title": "T", "columns": [] as [Any], "rows": [["id": 1, "x": ["a": 1]]],
    ]
    #expect(!validator.violations(of: bad).isEmpty)
  }
}

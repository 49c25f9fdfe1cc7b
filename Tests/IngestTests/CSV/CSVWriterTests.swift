import Ingest
import Testing

struct CSVWriterTests {
  @Test(arguments: ["=1+2", "+44 20", "-3", "@SUM(A1)", "\tx", "\rx"])
  func cellsASpreadsheetWouldRunGetAnApostrophe(text: String) {
    let cell = CSVWriter.cell(text)
    #expect(cell.hasPrefix("'") || cell.hasPrefix("\"'"))
    #expect(
      CSVWriter.unescapedCell(cell.hasPrefix("\"") ? String(cell.dropFirst().dropLast()) : cell)
        == text)
  }

  @Test func cellsWithDelimitersQuotesOrLineBreaksAreQuoted() {
    #expect(CSVWriter.cell("plain text") == "plain text")
    #expect(CSVWriter.cell("a, b") == "\"a, b\"")
    #expect(CSVWriter.cell("say \"no\"") == "\"say \"\"no\"\"\"")
    #expect(CSVWriter.cell("two\r\nlines") == "\"two\r\nlines\"")
    #expect(CSVWriter.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect(CSVWriter.row(["1", "", "a,b"]) == "1,,\"a,b\"\r\n")
  }

  @Test func onlyAnApostropheBeforeAFormulaCharacterIsTakenOff() {
    #expect(CSVWriter.unescapedCell("'=1") == "=1")
    #expect(CSVWriter.unescapedCell("'tis") == "'tis")
    #expect(CSVWriter.unescapedCell("x'=1") == "x'=1")
  }

  @Test func whatTheWriterWritesTheReaderReadsBack() throws {
    let cells = ["1", "=cmd|' /C calc'!A0", "a \"quoted\", text\nover lines", "", "-"]
    let reader = try CSVReader(
      MemoryByteSource(Array(CSVWriter.row(cells).utf8)), path: "round-trip.csv")
    let row = try #require(try reader.next())
    #expect(row.cells.map(CSVWriter.unescapedCell) == cells)
    #expect(try reader.next() == nil)
  }
}

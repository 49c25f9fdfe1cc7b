import Ingest
import ReviewModel
import Testing

struct CSVReaderTests {
  /// Every row of `text`, read through chunks of `chunk` bytes.
  private func rows(_ text: String, chunk: Int = .max) throws -> [CSVRow] {
    let reader = try CSVReader(
      MemoryByteSource(Array(text.utf8), maximumRead: chunk), path: "sheet.csv")
    var rows: [CSVRow] = []
    while let row = try reader.next() { rows.append(row) }
    return rows
  }

  @Test(arguments: [1, 3, Int.max])
  func quotedCellsHoldDelimitersQuotesAndLineBreaks(chunk: Int) throws {
    let text = "id,note\r\n1,\"says \"\"no\"\", then\r\nyes\"\r\n2,plain\n"
    let read = try rows(text, chunk: chunk)
    #expect(
      read.map(\.cells) == [["id", "note"], ["1", "says \"no\", then\r\nyes"], ["2", "plain"]])
    // The third row starts on line 4: the quoted line break counts.
    #expect(read.map(\.line) == [1, 2, 4])
    #expect(
      read[1].positions == [CSVPosition(line: 2, column: 1), CSVPosition(line: 2, column: 3)])
  }

  @Test func columnsCountCharactersAndTheByteOrderMarkIsDropped() throws {
    let read = try rows("\u{FEFF}id,titre\n1,Réseaux,x\n")
    #expect(read[0].cells == ["id", "titre"])
    #expect(read[1].positions.map(\.column) == [1, 3, 11])
  }

  @Test func lineEndsMayBeLFCRLFOrCRAndTheLastMayBeMissing() throws {
    let read = try rows("a\rb\r\nc\nd")
    #expect(read.map(\.cells) == [["a"], ["b"], ["c"], ["d"]])
    #expect(read.map(\.line) == [1, 2, 3, 4])
  }

  @Test func blankLinesAndEmptyCellsAreKept() throws {
    let read = try rows("a,,b\n\n,\n")
    #expect(read.map(\.cells) == [["a", "", "b"], [""], ["", ""]])
    #expect(read.map(\.isBlank) == [false, true, true])
  }

  @Test func semicolonsOrTabsAreTheDelimiterWhenTheFirstLineUsesThemMore() throws {
    let semicolons = try CSVReader(
      MemoryByteSource(Array("id;note\n1;a, b\n".utf8)), path: "sheet.csv")
    #expect(semicolons.delimiter == UInt8(ascii: ";"))
    #expect(try semicolons.next()?.cells == ["id", "note"])
    #expect(try semicolons.next()?.cells == ["1", "a, b"])
    let tabs = try CSVReader(MemoryByteSource(Array("id\tnote\n".utf8)), path: "sheet.csv")
    #expect(tabs.delimiter == 0x09)
    let quoted = try CSVReader(
      MemoryByteSource(Array("\"a;b;c\",d\n".utf8)), path: "sheet.csv")
    #expect(quoted.delimiter == UInt8(ascii: ","))
  }

  @Test func aQuotedCellThatNeverEndsIsAnErrorAtItsOpeningQuote() throws {
    #expect(
      throws: IngestError.malformed(
        SourceLocation(file: "sheet.csv", line: 2, column: 3),
        "this quoted cell is never closed: a quote is missing")
    ) { try rows("id,note\n1,\"open\n2,x\n") }
  }

  @Test func textAfterAClosingQuoteIsAnErrorWhereItStarts() throws {
    #expect(
      throws: IngestError.malformed(
        SourceLocation(file: "sheet.csv", line: 1, column: 7),
        "text after the closing quote of a cell: a quote inside a quoted cell is written twice")
    ) { try rows("1,\"ab\"c,d\n") }
  }

  @Test func aQuoteInsideAnUnquotedCellIsKept() throws {
    #expect(try rows("5\" floppy,x\n").first?.cells == ["5\" floppy", "x"])
  }

  @Test func windows1252TextIsDecoded() throws {
    let reader = try CSVReader(MemoryByteSource([0x52, 0xE9, 0x73, 0x65, 0x61, 0x75]), path: "s")
    #expect(try reader.next()?.cells == ["Réseau"])
  }

  @Test func aNULByteIsBinaryData() throws {
    #expect(throws: IngestError.binaryData(path: "s", offset: 2)) {
      let reader = try CSVReader(MemoryByteSource([0x61, 0x2C, 0x00]), path: "s")
      _ = try reader.next()
    }
  }
}

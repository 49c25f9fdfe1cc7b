import Foundation
import Reports
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The workbook is a zip of SpreadsheetML parts that parse as XML and hold the table's cells.
struct EvidenceXLSXTests {
  static let table = EvidenceTable(
    title: "T",
    columns: [
      EvidenceColumn(name: "id", label: "ID", kind: .integer),
      EvidenceColumn(name: "finding", label: "Finding", kind: .text),
      EvidenceColumn(name: "country", label: "Country", kind: .list),
    ],
    rows: [
      [.number(7), .text("=1+1 <b>&\u{1}"), .list(["UK", "Ireland"])],
      [.number(12.5), .empty, .text("Canada")],
    ])

  @Test func theWorkbookIsAZipWhosePartsParseAndHoldTheCells() throws {
    let data = try EvidenceXLSX.data(Self.table)
    let archive = try Archive(data: data, accessMode: .read)
    let names = Set(archive.map(\.path))
    #expect(
      names == [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/styles.xml", "xl/worksheets/sheet1.xml",
      ])
    for name in names {
      let part = try #require(archive[name])
      var bytes = Data()
      _ = try archive.extract(part) { bytes.append($0) }
      let parser = XMLParser(data: bytes)
      #expect(
        parser.parse(), "\(name) is not well-formed XML: \(String(describing: parser.parserError))")
      if name == "xl/worksheets/sheet1.xml" {
        let cells = SheetCells()
        let sheetParser = XMLParser(data: bytes)
        sheetParser.delegate = cells
        #expect(sheetParser.parse())
        #expect(cells.values["A1"] == "ID")
        #expect(cells.values["B1"] == "Finding")
        #expect(cells.values["A2"] == "7")
        #expect(cells.types["A2"] == nil)
        // Text is an inline string, never a formula; the control character XML cannot hold
        // is dropped.
        #expect(cells.values["B2"] == "=1+1 <b>&")
        #expect(cells.types["B2"] == "inlineStr")
        #expect(cells.values["C2"] == "UK; Ireland")
        #expect(cells.values["A3"] == "12.5")
        #expect(cells.values["B3"] == nil)
        #expect(cells.values["C3"] == "Canada")
        #expect(!cells.sawFormula)
      }
    }
  }

  @Test func theSameTableGivesTheSameBytes() throws {
    #expect(try EvidenceXLSX.data(Self.table) == EvidenceXLSX.data(Self.table))
  }
}

/// Collects each cell's text (`<v>` or `<t>`) and type by its reference.
private final class SheetCells: NSObject, XMLParserDelegate {
  var values: [String: String] = [:]
  var types: [String: String] = [:]
  var sawFormula = false
  private var reference: String?
  private var text: String?

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    switch elementName {
    case "c":
      reference = attributes["r"]
      if let reference { types[reference] = attributes["t"] }
    case "v", "t": text = ""
    case "f": sawFormula = true
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text? += string
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    if elementName == "v" || elementName == "t", let reference, let text {
      values[reference] = text
      self.text = nil
    }
  }
}

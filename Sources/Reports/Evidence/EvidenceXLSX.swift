import Foundation
import ZIPFoundation

/// The evidence table as an Excel workbook (`.xlsx`): one sheet, the header row in bold and
/// frozen, numbers as numbers.
///
/// An XLSX file is a zip of SpreadsheetML parts (ECMA-376 / ISO/IEC 29500): the content types,
/// the package relationships, the workbook and its relationships, a style sheet and the sheet.
/// They are written here from the format's documentation, with text as inline strings (so no
/// shared-string table is needed, and no cell is ever a formula, which is what keeps the
/// workbook safe from formula injection); ZIPFoundation packs them. Entries carry a fixed date,
/// so the same table gives the same bytes.
public enum EvidenceXLSX {
  /// The name of the one sheet.
  public static let sheetName = "Evidence"
  /// The most text a cell of Excel holds.
  static let maximumCellLength = 32_767

  /// The workbook's bytes.
  ///
  /// - Parameter table: the table.
  /// - Returns: the `.xlsx` file's content.
  /// - Throws: when the zip cannot be made (ZIPFoundation's error).
  public static func data(_ table: EvidenceTable) throws -> Data {
    let archive = try Archive(accessMode: .create)
    // 1980-01-01, the earliest date a zip entry holds.
    let date = Date(timeIntervalSince1970: 315_532_800)
    for (path, text) in parts(table) {
      let bytes = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
        compressionMethod: .deflate
      ) { position, size in
        bytes.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
    return data
  }

  /// The parts of the package, by path inside the zip, in the order they are written.
  static func parts(_ table: EvidenceTable) -> [(String, String)] {
    [
      ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
      ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbookRelationships),
      ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", sheet(table)),
    ]
  }

  private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let relationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  private static let packageRelationshipsNamespace =
    "http://schemas.openxmlformats.org/package/2006/relationships"

  private static let contentTypes =
    declaration
    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    + "</Types>"

  private static let packageRelationships =
    declaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
    + "</Relationships>"

  private static let workbook =
    declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
    + "<sheets><sheet name=\"\(sheetName)\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"

  private static let workbookRelationships =
    declaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>"
    + "</Relationships>"

  /// Two cell formats: 0 plain, 1 bold (the header).
  private static let styles =
    declaration + "<styleSheet xmlns=\"\(main)\">"
    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>"

  /// The worksheet: the header row, then a row per study.
  static func sheet(_ table: EvidenceTable) -> String {
    var xml = declaration + "<worksheet xmlns=\"\(main)\">"
    xml += "<sheetViews><sheetView workbookViewId=\"0\">"
    xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
    xml += "</sheetView></sheetViews><sheetData>"
    xml += "<row r=\"1\">"
    for (index, column) in table.columns.enumerated() {
      xml += textCell(column.label, reference: reference(column: index, row: 1), style: 1)
    }
    xml += "</row>"
    for (rowIndex, row) in table.rows.enumerated() {
      let rowNumber = rowIndex + 2
      xml += "<row r=\"\(rowNumber)\">"
      for (index, cell) in row.enumerated() {
        let place = reference(column: index, row: rowNumber)
        switch cell {
        case .empty: continue
        case .number(let number) where number.isFinite:
          xml += "<c r=\"\(place)\"><v>\(cell.text)</v></c>"
        default: xml += textCell(cell.text, reference: place, style: 0)
        }
      }
      xml += "</row>"
    }
    xml += "</sheetData></worksheet>"
    return xml
  }

  private static func textCell(_ text: String, reference: String, style: Int) -> String {
    let styled = style == 0 ? "" : " s=\"\(style)\""
    return "<c r=\"\(reference)\" t=\"inlineStr\"\(styled)><is><t xml:space=\"preserve\">"
      + escaped(String(text.prefix(maximumCellLength))) + "</t></is></c>"
  }

  /// `A1`-style reference: column 0 is A, 25 is Z, 26 is AA.
  static func reference(column: Int, row: Int) -> String {
    var letters = ""
    var number = column + 1
    while number > 0 {
      let remainder = (number - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      number = (number - 1) / 26
    }
    return letters + String(row)
  }

  /// `text` as XML character data: markup characters as entities, and the control characters
  /// XML 1.0 cannot hold at all dropped.
  static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

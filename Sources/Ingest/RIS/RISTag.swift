/// A two-character RIS tag (`TY`, `AU`, `T2`, …), kept as its two ASCII bytes so that telling
/// and comparing tags costs no string work.
///
/// The constants below are the tags litrev interprets, with the meaning the RIS specification and
/// the exporters in use give them; every other tag is kept as written in ``Record/otherFields``.
struct RISTag: Hashable, Sendable, CustomStringConvertible {
  /// The first byte in the high half, the second in the low half.
  let code: UInt16

  init(code: UInt16) {
    self.code = code
  }

  /// A tag from its two bytes, which must be a capital letter and a capital letter or a digit.
  init?(_ first: UInt8, _ second: UInt8) {
    guard Self.isTagLead(first), Self.isTagLead(second) || (second >= 0x30 && second <= 0x39)
    else { return nil }
    code = UInt16(first) << 8 | UInt16(second)
  }

  /// A tag from its text, such as `"TY"`; nil unless the text is a valid tag.
  init?(_ text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 2 else { return nil }
    self.init(bytes[0], bytes[1])
  }

  /// The tag as text: `TY`.
  var text: String {
    // Two ASCII bytes make a small string, stored inline: no array, no allocation.
    String(unsafeUninitializedCapacity: 2) { buffer in
      buffer[0] = UInt8(code >> 8)
      buffer[1] = UInt8(code & 0xFF)
      return 2
    }
  }

  var description: String { text }

  private static func isTagLead(_ byte: UInt8) -> Bool {
    byte >= 0x41 && byte <= 0x5A
  }

  /// `TY`: Reference type (`JOUR`, `BOOK`, `CHAP`, …); starts a record.
  static var type: RISTag { RISTag(code: 0x5459) }
  /// `ER`: End of reference; ends a record, and its value, if any, means nothing.
  static var end: RISTag { RISTag(code: 0x4552) }
  /// `TI`: Title.
  static var title: RISTag { RISTag(code: 0x5449) }
  /// `T1`: Primary title (the older spelling of `TI`).
  static var primaryTitle: RISTag { RISTag(code: 0x5431) }
  /// `CT`: Title of an unpublished work, in the oldest exports.
  static var captionTitle: RISTag { RISTag(code: 0x4354) }
  /// `ST`: Short title; the title only where nothing better is given.
  static var shortTitle: RISTag { RISTag(code: 0x5354) }
  /// `BT`: Book title: the title of a `BOOK`, the container of a `CHAP`.
  static var bookTitle: RISTag { RISTag(code: 0x4254) }
  /// `T2`: Secondary title: the journal of an article, the book of a chapter.
  static var secondaryTitle: RISTag { RISTag(code: 0x5432) }
  /// `JF`: Journal name, full.
  static var journalFull: RISTag { RISTag(code: 0x4A46) }
  /// `JO`: Journal name; full in practice (Embase, Covidence, Google Scholar).
  static var journalName: RISTag { RISTag(code: 0x4A4F) }
  /// `JA`: Journal name, standard abbreviation.
  static var journalAbbreviation: RISTag { RISTag(code: 0x4A41) }
  /// `J1`: Journal name, user abbreviation.
  static var journalUserAbbreviation: RISTag { RISTag(code: 0x4A31) }
  /// `J2`: Alternate title: the journal abbreviation (Scopus, Zotero).
  static var alternateTitle: RISTag { RISTag(code: 0x4A32) }
  /// `AU`: Author.
  static var author: RISTag { RISTag(code: 0x4155) }
  /// `A1`: Primary author (the older spelling of `AU`).
  static var primaryAuthor: RISTag { RISTag(code: 0x4131) }
  /// `A2`: Secondary author: editors in most dialects, cited authors in Ovid.
  static var secondaryAuthor: RISTag { RISTag(code: 0x4132) }
  /// `A3`: Tertiary author: series editors.
  static var tertiaryAuthor: RISTag { RISTag(code: 0x4133) }
  /// `A4`: Subsidiary author: translators.
  static var subsidiaryAuthor: RISTag { RISTag(code: 0x4134) }
  /// `ED`: Editor.
  static var editor: RISTag { RISTag(code: 0x4544) }
  /// `AD`: Author address: affiliations, often only the corresponding author's.
  static var authorAddress: RISTag { RISTag(code: 0x4144) }
  /// `PY`: Publication year (`2019`, `2019///`).
  static var publicationYear: RISTag { RISTag(code: 0x5059) }
  /// `Y1`: Primary date (`2019/05/03/`).
  static var primaryDate: RISTag { RISTag(code: 0x5931) }
  /// `DA`: Date (`2019/05/03/`, `2019 May`).
  static var date: RISTag { RISTag(code: 0x4441) }
  /// `VL`: Volume.
  static var volume: RISTag { RISTag(code: 0x564C) }
  /// `IS`: Issue.
  static var issue: RISTag { RISTag(code: 0x4953) }
  /// `SP`: Start page, or the whole range.
  static var startPage: RISTag { RISTag(code: 0x5350) }
  /// `EP`: End page.
  static var endPage: RISTag { RISTag(code: 0x4550) }
  /// `PG`: Pages, as some exporters (Covidence) write them.
  static var pages: RISTag { RISTag(code: 0x5047) }
  /// `DO`: DOI, bare or as a URL.
  static var doi: RISTag { RISTag(code: 0x444F) }
  /// `AB`: Abstract.
  static var abstract: RISTag { RISTag(code: 0x4142) }
  /// `N2`: Abstract, in the older exports (Ovid, Embase, EndNote).
  static var notesAbstract: RISTag { RISTag(code: 0x4E32) }
  /// `N1`: Notes.
  static var notes: RISTag { RISTag(code: 0x4E31) }
  /// `KW`: Keyword; one a line, sometimes several separated by `;`.
  static var keyword: RISTag { RISTag(code: 0x4B57) }
  /// `SN`: ISSN or ISBN.
  static var serialNumber: RISTag { RISTag(code: 0x534E) }
  /// `UR`: URL.
  static var url: RISTag { RISTag(code: 0x5552) }
  /// `L1`: File attachment (link to a PDF).
  static var fileAttachment: RISTag { RISTag(code: 0x4C31) }
  /// `L2`: URL of the full text.
  static var relatedLink: RISTag { RISTag(code: 0x4C32) }
  /// `L3`: Related records; often the DOI (EndNote).
  static var relatedRecords: RISTag { RISTag(code: 0x4C33) }
  /// `LK`: Website link.
  static var websiteLink: RISTag { RISTag(code: 0x4C4B) }
  /// `LA`: Language.
  static var language: RISTag { RISTag(code: 0x4C41) }
  /// `DB`: Name of the database the record comes from.
  static var database: RISTag { RISTag(code: 0x4442) }
  /// `AN`: Accession number in that database.
  static var accessionNumber: RISTag { RISTag(code: 0x414E) }
  /// `ID`: Reference identifier, local to the exporting tool.
  static var referenceID: RISTag { RISTag(code: 0x4944) }
  /// `M3`: Type of work; a DOI in some older exports.
  static var typeOfWork: RISTag { RISTag(code: 0x4D33) }
}

extension RISTag {
  /// Recognises a tag line, `XX  - value`, and returns its tag and the offset of its value.
  ///
  /// Exporters space the line irregularly (`TY  - `, `TY - `, `TY  -  `, a tab for the spaces,
  /// `ER  -` with nothing after the dash), so any run of spaces or tabs may stand between tag and
  /// dash, but at least one must: that, and the space or line end the dash needs after it, keep a
  /// wrapped abstract line such as `T1- and T2-weighted images…` a continuation rather than a
  /// tag. A UTF-8 byte order mark before the tag is skipped, for files joined with `cat`.
  static func recognise(_ line: UnsafeRawBufferPointer) -> (tag: RISTag, valueStart: Int)? {
    var index = 0
    if line.count >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF {
      index = 3
    }
    guard line.count >= index + 4, let tag = RISTag(line[index], line[index + 1]) else {
      return nil
    }
    index += 2
    let spacing = index
    while index < line.count && (line[index] == 0x20 || line[index] == 0x09) {
      index += 1
    }
    guard index > spacing, index < line.count, line[index] == 0x2D else { return nil }
    index += 1
    guard index == line.count || line[index] == 0x20 || line[index] == 0x09 else { return nil }
    return (tag, index)
  }
}

/// The Web of Science field tags litrev interprets, with the meaning Clarivate's "Web of Science
/// Core Collection field tags" give them; every other tag is kept as written in
/// ``Record/otherFields``.
///
/// A Web of Science tag is two characters, a capital and a capital or a digit, as a RIS tag is,
/// so it is held in a ``RISTag``: the two readers share the tag's two-byte form, the record
/// buffer and the fields' text joining.
enum WoSTag {
  /// `FN`: File name, the first line of the file (`FN Clarivate Analytics Web of Science`).
  static var fileName: RISTag { RISTag(code: 0x464E) }
  /// `VR`: Version number of the format, after `FN`.
  static var version: RISTag { RISTag(code: 0x5652) }
  /// `PT`: Publication type: `J` journal, `B` book, `S` series, `P` patent; starts a record.
  static var publicationType: RISTag { RISTag(code: 0x5054) }
  /// `ER`: End of record.
  static var endOfRecord: RISTag { RISTag(code: 0x4552) }
  /// `EF`: End of file.
  static var endOfFile: RISTag { RISTag(code: 0x4546) }
  /// `AU`: Authors, short form (`Parkes-Loach, PS`), one a line.
  static var author: RISTag { RISTag(code: 0x4155) }
  /// `AF`: Authors, full names (`Parkes-Loach, Pamela S.`), one a line, in `AU`'s order.
  static var fullAuthor: RISTag { RISTag(code: 0x4146) }
  /// `CA`: Group authors (`WHO Collaborative Group`), one a line.
  static var groupAuthor: RISTag { RISTag(code: 0x4341) }
  /// `C1`: Author addresses, one a line, each after the authors it belongs to in brackets
  /// (`[Okafor, Chidi; Nguyen, Thanh] Newcastle Univ, Newcastle, England.`).
  static var address: RISTag { RISTag(code: 0x4331) }
  /// `TI`: Document title, wrapped over lines.
  static var title: RISTag { RISTag(code: 0x5449) }
  /// `SO`: Publication name: the journal's full title, in capitals.
  static var source: RISTag { RISTag(code: 0x534F) }
  /// `JI`: ISO source abbreviation (`Biochemistry`).
  static var isoAbbreviation: RISTag { RISTag(code: 0x4A49) }
  /// `J9`: 29-character source abbreviation (`BIOCHEMISTRY-US`).
  static var shortAbbreviation: RISTag { RISTag(code: 0x4A39) }
  /// `LA`: Language (`English`).
  static var language: RISTag { RISTag(code: 0x4C41) }
  /// `DT`: Document type (`Article`, `Review; Early Access`), `;`-separated.
  static var documentType: RISTag { RISTag(code: 0x4454) }
  /// `DE`: Author keywords, `;`-separated, wrapped over lines.
  static var authorKeywords: RISTag { RISTag(code: 0x4445) }
  /// `ID`: Keywords Plus, Clarivate's index terms, `;`-separated, wrapped over lines.
  static var keywordsPlus: RISTag { RISTag(code: 0x4944) }
  /// `AB`: Abstract.
  static var abstract: RISTag { RISTag(code: 0x4142) }
  /// `PY`: Year published.
  static var year: RISTag { RISTag(code: 0x5059) }
  /// `PD`: Publication date within the year (`JUN 8`, `SPR`).
  static var publicationDate: RISTag { RISTag(code: 0x5044) }
  /// `VL`: Volume.
  static var volume: RISTag { RISTag(code: 0x564C) }
  /// `IS`: Issue.
  static var issue: RISTag { RISTag(code: 0x4953) }
  /// `BP`: Beginning page.
  static var beginningPage: RISTag { RISTag(code: 0x4250) }
  /// `EP`: Ending page.
  static var endingPage: RISTag { RISTag(code: 0x4550) }
  /// `AR`: Article number, which stands for pages in electronic journals.
  static var articleNumber: RISTag { RISTag(code: 0x4152) }
  /// `DI`: Digital object identifier.
  static var doi: RISTag { RISTag(code: 0x4449) }
  /// `UT`: Accession number (`WOS:000221807500019`): the record's id in Web of Science.
  static var accessionNumber: RISTag { RISTag(code: 0x5554) }
  /// `PM`: PubMed identifier.
  static var pmid: RISTag { RISTag(code: 0x504D) }
  /// `SN`: ISSN.
  static var issn: RISTag { RISTag(code: 0x534E) }
}

extension WoSTag {
  /// Recognises a tag line, `XX value` or a tag alone (`ER`, `EF`), and returns its tag.
  ///
  /// Web of Science writes the tag in the first two columns and one space before the value;
  /// a continuation line starts with three spaces, so it can never pass for a tag line, and a
  /// line of wrapped text that starts with two capitals (`DNA repair…`) has no space after them.
  /// A UTF-8 byte order mark before the tag is skipped, for files joined with `cat`.
  static func recognise(_ line: UnsafeRawBufferPointer) -> (tag: RISTag, valueStart: Int)? {
    var index = 0
    if line.count >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF {
      index = 3
    }
    guard line.count >= index + 2, let tag = RISTag(line[index], line[index + 1]) else {
      return nil
    }
    index += 2
    guard index == line.count || line[index] == 0x20 || line[index] == 0x09 else { return nil }
    return (tag, min(index + 1, line.count))
  }
}

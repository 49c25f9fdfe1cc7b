/// A MEDLINE tag (`PMID`, `TI`, `FAU`, …), kept as the four bytes it fills on its line, padded
/// with spaces, so that telling and comparing tags costs no string work.
///
/// The constants below are the tags litrev interprets, with the meaning NLM's "MEDLINE/PubMed
/// Data Element (Field) Descriptions" gives them; every other tag is kept as written in
/// ``Record/otherFields``.
struct MEDLINETag: Hashable, Sendable, CustomStringConvertible {
  /// The four bytes, the first in the highest byte, spaces where the tag is shorter.
  let code: UInt32

  init(code: UInt32) {
    self.code = code
  }

  /// The tag as text, without its padding: `PMID`, `TI`.
  var text: String {
    // Up to four ASCII bytes make a small string, stored inline: no array, no allocation (this
    // runs for every field kept among a record's other fields).
    String(unsafeUninitializedCapacity: 4) { buffer in
      var count = 0
      for shift in stride(from: 24, through: 0, by: -8) {
        let byte = UInt8(truncatingIfNeeded: code >> UInt32(shift))
        if byte != 0x20 {
          buffer[count] = byte
          count += 1
        }
      }
      return count
    }
  }

  var description: String { text }

  /// `PMID`: PubMed identifier; the first field of a record from PubMed.
  static var pmid: MEDLINETag { MEDLINETag(code: 0x504D_4944) }
  /// `TI`: Title of the article, or of a chapter.
  static var title: MEDLINETag { MEDLINETag(code: 0x5449_2020) }
  /// `BTI`: Book title: the title of a whole book, the container of a chapter.
  static var bookTitle: MEDLINETag { MEDLINETag(code: 0x4254_4920) }
  /// `TT`: Transliterated title: the title in the article's own language.
  static var transliteratedTitle: MEDLINETag { MEDLINETag(code: 0x5454_2020) }
  /// `AB`: Abstract; a structured abstract's labels stand inline (`BACKGROUND: …`).
  static var abstract: MEDLINETag { MEDLINETag(code: 0x4142_2020) }
  /// `FAU`: Full author name, `Family, Given Names`.
  static var fullAuthor: MEDLINETag { MEDLINETag(code: 0x4641_5520) }
  /// `AU`: Author, `Family Initials`; follows the same author's `FAU` where there is one.
  static var author: MEDLINETag { MEDLINETag(code: 0x4155_2020) }
  /// `CN`: Corporate (collective) author, in its place among the authors.
  static var corporateAuthor: MEDLINETag { MEDLINETag(code: 0x434E_2020) }
  /// `AD`: Affiliation of the author before it (of the first author, in older records).
  static var affiliation: MEDLINETag { MEDLINETag(code: 0x4144_2020) }
  /// `DP`: Date of publication as written: `2019 Mar-Apr`, `2020 Winter`, `2006 Mar 1`.
  static var publicationDate: MEDLINETag { MEDLINETag(code: 0x4450_2020) }
  /// `DEP`: Date of electronic publication, `YYYYMMDD`.
  static var electronicDate: MEDLINETag { MEDLINETag(code: 0x4445_5020) }
  /// `TA`: Journal title abbreviation (`Brief Bioinform`).
  static var journalAbbreviation: MEDLINETag { MEDLINETag(code: 0x5441_2020) }
  /// `JT`: Journal title, in full.
  static var journalTitle: MEDLINETag { MEDLINETag(code: 0x4A54_2020) }
  /// `VI`: Volume.
  static var volume: MEDLINETag { MEDLINETag(code: 0x5649_2020) }
  /// `IP`: Issue.
  static var issue: MEDLINETag { MEDLINETag(code: 0x4950_2020) }
  /// `PG`: Pagination as written (`296-302`, `616-7`).
  static var pagination: MEDLINETag { MEDLINETag(code: 0x5047_2020) }
  /// `LID`: Location identifier: `10.… [doi]`, `e0123 [pii]`, or an electronic page alone.
  static var locationID: MEDLINETag { MEDLINETag(code: 0x4C49_4420) }
  /// `AID`: Article identifier: `10.… [doi]`, `S0140-… [pii]`, `NBK1512 [bookaccession]`.
  static var articleID: MEDLINETag { MEDLINETag(code: 0x4149_4420) }
  /// `PMC`: PubMed Central identifier, `PMC1373603`.
  static var pmcid: MEDLINETag { MEDLINETag(code: 0x504D_4320) }
  /// `MH`: MeSH heading, `Descriptor/qualifier/*qualifier`, `*` marking a major topic.
  static var meshHeading: MEDLINETag { MEDLINETag(code: 0x4D48_2020) }
  /// `OT`: Other term: a keyword, the author's or another indexer's.
  static var otherTerm: MEDLINETag { MEDLINETag(code: 0x4F54_2020) }
  /// `PT`: Publication type.
  static var publicationType: MEDLINETag { MEDLINETag(code: 0x5054_2020) }
  /// `LA`: Language, as a three-letter code (`eng`).
  static var language: MEDLINETag { MEDLINETag(code: 0x4C41_2020) }
  /// `IS`: ISSN with its kind: `1467-5463 (Print)`, `… (Electronic)`, `… (Linking)`.
  static var issn: MEDLINETag { MEDLINETag(code: 0x4953_2020) }
}

extension MEDLINETag {
  /// Recognises a tag line, `TAG - value`, and returns its tag and the offset of its value.
  ///
  /// The tag fills the first four columns: one to four capitals or digits, starting with a
  /// capital, padded with spaces; a dash stands in column five and a space, or the end of the
  /// line, in column six (`AB  -` for an empty abstract). Nothing else is a tag line, so that
  /// a continuation line, which starts with spaces, can never be taken for one. A UTF-8 byte
  /// order mark before the tag is skipped, for files joined with `cat`.
  static func recognise(_ line: UnsafeRawBufferPointer) -> (tag: MEDLINETag, valueStart: Int)? {
    var start = 0
    if line.count >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF {
      start = 3
    }
    guard line.count >= start + 5, line[start + 4] == 0x2D,
      line.count == start + 5 || line[start + 5] == 0x20
    else { return nil }
    let first = line[start]
    guard first >= 0x41 && first <= 0x5A else { return nil }
    var code = UInt32(first)
    var padded = false
    for offset in 1..<4 {
      let byte = line[start + offset]
      if byte == 0x20 {
        padded = true
      } else if padded || !(byte >= 0x41 && byte <= 0x5A || byte >= 0x30 && byte <= 0x39) {
        return nil
      }
      code = code << 8 | UInt32(byte)
    }
    return (MEDLINETag(code: code), min(start + 6, line.count))
  }
}

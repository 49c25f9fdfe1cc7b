import Testing

@testable import Ingest

/// Which lines are tag lines, and the tags they hold.
struct MEDLINETagTests {
  private func recognise(_ line: String) -> (tag: String, value: String)? {
    let bytes = Array(line.utf8)
    return bytes.withUnsafeBytes { raw in
      MEDLINETag.recognise(raw).map { found in
        (found.tag.text, String(decoding: raw[found.valueStart...], as: UTF8.self))
      }
    }
  }

  @Test(arguments: [
    ("PMID- 31000001", "PMID", "31000001"),
    ("TI  - A title", "TI", "A title"),
    ("FAU - Okafor, Chidi", "FAU", "Okafor, Chidi"),
    ("AB  -", "AB", ""),
    ("AB  - ", "AB", ""),
    ("OABL- eng", "OABL", "eng"),
    ("\u{FEFF}PMID- 1", "PMID", "1"),
  ])
  func recognisesTagLines(line: String, tag: String, value: String) throws {
    let found = try #require(recognise(line))
    #expect(found.tag == tag)
    #expect(found.value == value)
  }

  @Test(arguments: [
    "      continued text",
    "TI - one space too few",
    "TI   - one space too many",
    "ti  - lower case",
    "T I - a space inside the tag",
    "1AB - a digit first",
    "TI  -no space after the dash",
    "PMIDS- five characters",
    "",
    "TI  ",
  ])
  func rejectsOtherLines(line: String) {
    #expect(recognise(line) == nil)
  }

  @Test func tagsCompareByTheirBytes() throws {
    let found = try #require(
      Array("MH  - Humans".utf8).withUnsafeBytes { MEDLINETag.recognise($0) })
    #expect(found.tag == .meshHeading)
    #expect(found.tag.text == "MH")
    #expect(MEDLINETag.pmid.text == "PMID")
    #expect(MEDLINETag.fullAuthor.text == "FAU")
  }
}

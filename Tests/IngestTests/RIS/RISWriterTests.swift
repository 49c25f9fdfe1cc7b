import ReviewModel
import Testing

@testable import Ingest

/// Writing records back as RIS.
struct RISWriterTests {
  @Test func writesTheFieldsWithTheTagsTheReaderReads() {
    let record = Record(
      pmid: "31234567", doi: "10.5555/x.1", title: "Podcasts for trainees",
      abstract: "First paragraph\nSecond paragraph",
      authors: [.person(family: "Quaye", given: "K")],
      year: 2019, journal: "Medical Education", volume: "52", pages: "1040-1048",
      keywords: ["podcast"], risType: "JOUR")
    let text = RISWriter(lineEnding: "\n").text(for: record)
    let lines = [
      "TY  - JOUR", "AU  - Quaye, K", "TI  - Podcasts for trainees", "T2  - Medical Education",
      "PY  - 2019", "VL  - 52", "SP  - 1040-1048", "DO  - 10.5555/x.1", "AB  - First paragraph",
      "", "   Second paragraph", "KW  - podcast", "DB  - PubMed", "AN  - 31234567", "ER  - ", "",
    ]
    #expect(text == lines.joined(separator: "\n") + "\n")
  }

  @Test func givesTheOriginalTextBack() throws {
    let record = try #require(
      try readFixture("ris/crlf.ris", options: ReaderOptions(locatesOriginal: true))
        .records.first)
    let text = RISWriter().text(for: record)
    #expect(text == (record.originalText ?? "") + "\r\n")
  }

  @Test(arguments: try risFixtureNames())
  func readingWhatItWroteGivesTheRecordsBack(_ name: String) throws {
    let records = try readFixture("ris/\(name)").records
    let written = RISWriter().text(for: records)
    let reread = try readRIS(Array(written.utf8)).records
    // A record without a type is written as a journal article, RIS having no untyped records.
    let expected = records.map { record in
      var record = record.withoutProvenance
      record.risType = record.risType ?? "JOUR"
      return record
    }
    #expect(reread.map(\.withoutProvenance) == expected)
  }

  @Test func marksGroupAuthorsThatLookLikePeople() {
    #expect(RISWriter.name(of: .collective("ESPRIT")) == "ESPRIT,")
    #expect(RISWriter.name(of: .collective("WHO Working Group")) == "WHO Working Group")
    #expect(RISWriter.name(of: .person(family: "Liu", given: "R.")) == "Liu, R.")
  }
}

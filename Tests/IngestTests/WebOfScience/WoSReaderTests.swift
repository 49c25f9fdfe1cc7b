import Foundation
import ReviewModel
import ReviewTestSupport
import Testing

@testable import Ingest

/// What the Web of Science reader makes of each field, of continuation lines, of files without
/// the header and of files it must refuse.
struct WoSReaderTests {
  private let path = TestFiles.fixture("wos/continuation-lines.txt", in: "IngestTests")

  @Test func readsAJournalArticle() throws {
    let result = try readFixture("wos/continuation-lines.txt")
    #expect(result.records.count == 2)
    #expect(result.diagnostics.isEmpty)
    let record = try #require(result.records.first)
    #expect(
      record.title == "Twitter journal clubs in postgraduate surgical training: a mixed-methods "
        + "evaluation over three academic years")
    #expect(record.journal == "JOURNAL OF SURGICAL EDUCATION")
    #expect(record.journalAbbreviation == "J. Surg. Educ.")
    #expect(record.year == 2019)
    #expect(record.publicationDate == "2019 MAR-APR")
    #expect(record.volume == "76")
    #expect(record.issue == "2")
    #expect(record.pages == "201-209")
    #expect(record.doi == "10.5555/jse.2019.0142")
    #expect(record.pmid == "31000001")
    #expect(record.sourceId == "WOS:000460000000001")
    #expect(record.sourceDatabase == "Web of Science")
    #expect(record.issn == "1931-7204")
    #expect(record.languages == ["English"])
    #expect(record.publicationTypes == ["Article", "Early Access"])
    #expect(record.risType == "JOUR")
    #expect(
      record.abstract == "Journal clubs held on Twitter reach trainees who cannot attend in "
        + "person. We counted participation over three years.")
    #expect(record.location == SourceLocation(file: path, line: 3))
  }

  @Test func prefersFullNamesAndKeepsGroupAuthors() throws {
    let record = try #require(try readFixture("wos/continuation-lines.txt").records.first)
    #expect(
      record.authors.map(\.name)
        == [
          Author.person(family: "Okafor", given: "Chidi"),
          .person(family: "Lindqvist", given: "Maja E."),
          .person(family: "Nguyen", given: "Thanh"), .collective("Trainee Research Collaborative"),
        ].map(\.name))
    // The `C1` addresses in brackets are the named authors' affiliations (WoSAffiliationTests).
    #expect(
      record.authors.first?.affiliations == ["Newcastle Univ, Sch Med Educ, Newcastle, England."])
    // The short names are not lost: they stay among the other fields, lines as written.
    #expect(
      record.otherFields.contains(
        SourceField(tag: "AU", value: "Okafor, C\nLindqvist, ME\nNguyen, T")))
  }

  @Test func authorKeywordsThenKeywordsPlusAcrossWrappedLines() throws {
    let record = try #require(try readFixture("wos/continuation-lines.txt").records.first)
    #expect(
      record.keywords == [
        "social media", "journal club", "postgraduate medical education", "Twitter",
        "CONTINUING MEDICAL-EDUCATION", "RESIDENTS",
      ])
  }

  @Test func keepsEveryOtherFieldWithItsLines() throws {
    let record = try #require(try readFixture("wos/continuation-lines.txt").records.first)
    let tags = record.otherFields.map(\.tag)
    #expect(tags == ["PT", "C1", "CR", "NR", "TC", "J9", "PG", "AU"])
    #expect(
      record.otherFields[2].value
        == "ALLEN JP, 1986, P NATL ACAD SCI USA, V83, P8589\nBrown K, 2015, MED TEACH, V37, P1")
  }

  @Test func aBookWithAnArticleNumberForPages() throws {
    let record = try #require(try readFixture("wos/continuation-lines.txt").records.last)
    #expect(record.risType == "BOOK")
    #expect(record.authors == [.person(family: "Mensah", given: "Kwame")])
    #expect(record.pages == "e0123")
    #expect(record.publicationDate == "2021")
    #expect(record.doi == nil)
  }

  @Test func aFileWithoutItsHeaderIsSniffedAndARecordWithoutERIsAWarning() throws {
    let result = try readFixture("wos/no-header-crlf.txt")
    let path = TestFiles.fixture("wos/no-header-crlf.txt", in: "IngestTests")
    #expect(
      result.records.map(\.title) == [
        "A study of podcasts in anaesthesia training", "Second record without an end line",
        "Third record",
      ])
    #expect(
      result.diagnostics == [
        Diagnostic(
          .warning,
          "this record has no ER line; it ends where the next record starts, on line 14",
          at: SourceLocation(file: path, line: 10))
      ])
  }

  @Test func aTruncatedFileIsAnErrorAtTheRecordItEndsInside() throws {
    let path = TestFiles.fixture("wos/truncated.txt", in: "IngestTests")
    #expect(
      readError("wos/truncated.txt")
        == .malformed(
          SourceLocation(file: path, line: 9),
          "the file ends inside this record, before its ER line: it is truncated"))
  }

  @Test func windows1252IsReadWithAWarning() throws {
    let result = try readFixture("wos/windows-1252.txt")
    let record = try #require(result.records.first)
    #expect(record.authors == [.person(family: "Müller", given: "J")])
    #expect(record.title == "Fortbildung für Ärzte")
    #expect(result.diagnostics.map(\.message) == [TextDecoder.fallbackWarning])
  }

  @Test func theOriginalTextIsEachRecordAsWritten() throws {
    let result = try readFixture(
      "wos/continuation-lines.txt", options: ReaderOptions(locatesOriginal: true))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    for record in result.records {
      let original = try #require(record.originalText)
      #expect(original.hasPrefix("PT "))
      #expect(original.hasSuffix("ER\n"))
      #expect(text.contains(original))
    }
  }

  @Test func shortNamesStandInForFullNamesThatNameFewerAuthors() throws {
    // A damaged record: AF lost its second line. AU is used, and AF kept as written.
    let text = "PT J\nAU Okafor, C\n   Nguyen, T\nAF Okafor, Chidi\nTI T\nER\n"
    let reader = WoSReader(MemoryByteSource(Array(text.utf8)), path: "w.txt")
    let record = try #require(try reader.next())
    #expect(
      record.authors == [
        .person(family: "Okafor", given: "C"), .person(family: "Nguyen", given: "T"),
      ])
    #expect(record.otherFields.contains(SourceField(tag: "AF", value: "Okafor, Chidi")))
    #expect(!record.otherFields.contains { $0.tag == "AU" })
  }

  @Test func textOutsideRecordsAndAMissingEFAreWarnings() throws {
    let text = "FN Clarivate Analytics Web of Science\nVR 1.0\nsaved 2024-05-14\nPT J\nTI T\nER\n"
    let reader = WoSReader(MemoryByteSource(Array(text.utf8)), path: "w.txt")
    var titles: [String?] = []
    while let record = try reader.next() { titles.append(record.title) }
    #expect(titles == ["T"])
    #expect(
      reader.diagnostics.map(\.description) == [
        "w.txt:3: warning: text outside any record (a record starts with a field such as "
          + "`PT J` and ends with `ER`); ignored up to the next record",
        "w.txt:6: warning: the file has no EF line at its end; it may be truncated",
      ])
  }

  @Test func theFormatIsToldFromTheContent() {
    #expect(FormatSniffer.format(of: Array("FN Clarivate\nVR 1.0\n".utf8)) == .webOfScience)
    #expect(FormatSniffer.format(of: Array("PT J\nAU A, B\nTI T\nER\n".utf8)) == .webOfScience)
    #expect(FormatSniffer.format(of: Array("TY  - JOUR\nTI  - T\nER  - \n".utf8)) == .ris)
    #expect(FormatSniffer.format(of: Array("PMID- 1\nTI  - T\n".utf8)) == .medline)
  }
}

import Foundation
import ReviewModel
import ReviewTestSupport
import Testing

@testable import Ingest

/// PubMed's, Scopus's and ASReview's CSV exports read by header name, and the files refused.
struct CSVRecordReaderTests {
  private func path(_ name: String) -> String {
    TestFiles.fixture("csv/\(name)", in: "IngestTests")
  }

  @Test func readsPubMedsCSVWithTheCitationTakenApart() throws {
    let result = try readFixture("csv/pubmed.csv")
    #expect(result.diagnostics.isEmpty)
    #expect(result.records.count == 2)
    let record = try #require(result.records.first)
    #expect(record.pmid == "31000001")
    #expect(
      record.title
        == "Twitter journal clubs in postgraduate surgical training: a mixed-methods evaluation.")
    #expect(
      record.authors == [
        .person(family: "Okafor", given: "C"), .person(family: "Lindqvist", given: "ME"),
        .person(family: "Ali Aziz-Sultan", given: "M"),
      ])
    #expect(record.journal == "J Surg Educ")
    #expect(record.year == 2019)
    #expect(record.publicationDate == "2019 Mar-Apr")
    #expect(record.volume == "76")
    #expect(record.issue == "2")
    #expect(record.pages == "201-209")
    #expect(record.pmcid == "PMC6543210")
    #expect(record.doi == "10.5555/jse.2019.0142")
    #expect(record.location == SourceLocation(file: path("pubmed.csv"), line: 2))
    #expect(record.otherFields.map(\.tag) == ["Citation", "First Author", "Create Date"])
    let second = try #require(result.records.last)
    #expect(second.volume == "75")
    #expect(second.issue == nil)
    #expect(second.pages == "e0123")
    #expect(second.otherFields.contains(SourceField(tag: "NIHMS ID", value: "NIHMS123456")))
  }

  @Test func readsScopussCSVWithItsByteOrderMarkAndCRLF() throws {
    let result = try readFixture("csv/scopus.csv")
    #expect(result.records.count == 2)
    let record = try #require(result.records.first)
    #expect(
      record.authors == [
        .person(family: "Okafor", given: "Chidi"), .person(family: "Lindqvist", given: "Maja E."),
      ])
    #expect(record.title == "Twitter journal clubs in surgical training")
    #expect(record.journal == "Journal of Surgical Education")
    #expect(record.journalAbbreviation == "J. Surg. Educ.")
    #expect(record.pages == "201-209")
    #expect(
      record.keywords == [
        "social media", "journal club", "Education, Medical, Graduate", "Humans",
      ])
    #expect(record.pmid == "31000001")
    #expect(record.sourceId == "2-s2.0-85000000001")
    #expect(record.sourceDatabase == "Scopus")
    #expect(record.languages == ["English"])
    #expect(record.publicationTypes == ["Article"])
    let letter = try #require(result.records.last)
    #expect(letter.abstract == nil)
    #expect(letter.pages == "e0123")
  }

  @Test func readsASReviewsCSVWhateverTheCaseOfItsHeaders() throws {
    let result = try readFixture("csv/asreview.csv")
    #expect(result.records.count == 3)
    let first = result.records[0]
    #expect(first.title == "Twitter journal clubs in surgical training")
    #expect(
      first.authors == [
        .person(family: "Okafor", given: "Chidi"), .person(family: "Lindqvist", given: "Maja E."),
      ])
    #expect(first.keywords == ["social media", "journal club"])
    #expect(first.year == 2019)
    #expect(first.sourceId == "1")
    #expect(first.otherFields == [SourceField(tag: "label_included", value: "1")])
    #expect(result.records[1].title == "A title with \"quotes\", and a comma")
    #expect(result.records[1].abstract == "A two-line\nabstract.")
    #expect(result.records[1].location?.line == 3)
    // An apostrophe that protected a formula in litrev's own export is taken off again.
    #expect(result.records[2].title == "=HYPERLINK(x) is a title litrev exported")
    #expect(result.records[2].location?.line == 5)
  }

  @Test func unknownHeadersAsCSVAreRefusedWithTheHeadersExpected() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("Name,Value\na,1\n", to: "sheet.csv")
    do {
      let (_, reader) = try ExportReader.open(file, format: .csv)
      _ = try reader.next()
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix("\(file):1: no column this reader knows"))
    }
  }

  @Test func headersNoDialectHasAreRefusedWithTheHeadersExpected() {
    guard case .malformed(let location, let message) = readError("csv/unknown-headers.csv") else {
      Issue.record("expected an error")
      return
    }
    #expect(location == SourceLocation(file: path("unknown-headers.csv"), line: 1))
    #expect(
      message.hasPrefix(
        "no column this reader knows in the header row; expected the headers of PubMed's CSV "
          + "(PMID, Title, Authors, Citation,"))
    #expect(message.contains("Scopus's CSV (Authors, Author full names,"))
    #expect(
      message.hasSuffix("ASReview's CSV (title, abstract, authors, doi, keywords, label_included)"))
  }

  @Test func aRowWithMoreCellsThanHeadersIsRefusedAtTheCell() {
    #expect(
      readError("csv/too-many-cells.csv")
        == .malformed(
          SourceLocation(file: path("too-many-cells.csv"), line: 3, column: 28),
          "this row has 3 cells, but the header row names 2 columns"))
  }

  @Test func anUnclosedQuoteIsRefusedWhereItOpens() {
    #expect(
      readError("csv/unclosed-quote.csv")
        == .malformed(
          SourceLocation(file: path("unclosed-quote.csv"), line: 2, column: 1),
          "this quoted cell is never closed: a quote is missing"))
  }

  @Test func theFormatIsToldFromTheHeaderRow() {
    #expect(FormatSniffer.format(of: Array("PMID,Title,Citation\n1,T,C\n".utf8)) == .csv)
    #expect(FormatSniffer.format(of: Array("\"title\";\"abstract\"\n".utf8)) == .csv)
    #expect(FormatSniffer.format(of: Array("Some notes about the search.\n".utf8)) == nil)
  }
}

import Foundation
import ReviewModel
import ReviewTestSupport
import Testing

@testable import Ingest

/// What the EndNote XML reader makes of styled text, of each field EndNote writes, and of files
/// it must refuse.
struct EndNoteXMLReaderTests {
  private func path(_ name: String) -> String {
    TestFiles.fixture("endnote/\(name)", in: "IngestTests")
  }

  @Test func readsAJournalArticleThroughItsStyleRuns() throws {
    let result = try readFixture("endnote/styled-text.xml")
    #expect(result.records.count == 3)
    let record = try #require(result.records.first)
    #expect(record.title == "Teaching Staphylococcus aureus on Twitter & YouTube")
    #expect(record.journal == "Journal of Surgical Education")
    #expect(record.journalAbbreviation == "J Surg Educ")
    #expect(record.year == 2019)
    #expect(record.publicationDate == "2019 Mar-Apr")
    #expect(record.volume == "76")
    #expect(record.issue == "2")
    #expect(record.pages == "201-209")
    #expect(record.doi == "10.5555/jse.2019.0142")
    #expect(record.pmid == "31000001")
    #expect(record.sourceId == "31000001")
    #expect(record.sourceDatabase == "PubMed")
    #expect(record.issn == "1931-7204 (Print)")
    #expect(record.languages == ["eng"])
    #expect(record.keywords == ["social media", "Twitter", "YouTube"])
    #expect(
      record.urls == [
        "https://pubmed.ncbi.nlm.nih.gov/31000001/", "internal-pdf://okafor-2019.pdf",
      ])
    #expect(record.notes == ["Screened by two reviewers"])
    #expect(
      record.abstract
        == "BACKGROUND: Journal clubs held on Twitter reach trainees.\nMETHODS: We counted participation."
    )
    #expect(record.publicationTypes == ["Journal Article"])
    #expect(record.risType == "JOUR")
    #expect(record.location == SourceLocation(file: path("styled-text.xml"), line: 3))
  }

  @Test func authorsAreThePrimaryContributorsOnly() throws {
    let record = try #require(try readFixture("endnote/styled-text.xml").records.first)
    #expect(
      record.authors == [
        .person(family: "Okafor", given: "Chidi"), .person(family: "Lindqvist", given: "M. E."),
        .collective("Trainee Research Collaborative"),
      ])
    #expect(
      record.otherFields.contains(
        SourceField(tag: "secondary-authors/author", value: "Editor, Ella")))
  }

  @Test func keepsWhatItDoesNotInterpretUnderItsName() throws {
    let record = try #require(try readFixture("endnote/styled-text.xml").records.first)
    let tags = record.otherFields.map(\.tag)
    #expect(tags.contains("database"))
    #expect(tags.contains("rec-number"))
    #expect(tags.contains("auth-address"))
    #expect(tags.contains("edition"))
    #expect(tags.contains("remote-database-provider"))
    #expect(record.otherFields.contains(SourceField(tag: "custom1", value: "include")))
    #expect(
      record.otherFields.contains(
        SourceField(tag: "alt-periodical/full-title", value: "J. Surg. Educ.")))
    // The secondary title is the journal again; the periodical's title is the one used.
    #expect(
      record.otherFields.contains(
        SourceField(tag: "secondary-title", value: "Journal of Surgical Education")))
  }

  @Test func aBookSectionsBookIsItsJournal() throws {
    let record = try #require(try readFixture("endnote/styled-text.xml").records.dropFirst().first)
    #expect(record.risType == "CHAP")
    #expect(record.journal == "Digital Medical Education")
    #expect(record.pmid == nil)
    #expect(record.pages == "33-48")
  }

  @Test func aRecordWithoutATitleIsAWarning() throws {
    let result = try readFixture("endnote/styled-text.xml")
    #expect(
      result.diagnostics == [
        Diagnostic(
          .warning, "an EndNote record without a title",
          at: SourceLocation(file: path("styled-text.xml"), line: 7))
      ])
  }

  @Test func theOriginalTextIsTheRecordsXML() throws {
    let result = try readFixture(
      "endnote/styled-text.xml", options: ReaderOptions(locatesOriginal: true))
    let original = try #require(result.records.last?.originalText)
    #expect(
      original
        == "<record><rec-number>14</rec-number><ref-type name=\"Generic\">13</ref-type><titles>"
        + "<short-title>untitled</short-title></titles></record>")
  }

  @Test func aTruncatedFileIsAnErrorAfterTheRecordsBeforeIt() throws {
    let (_, reader) = try ExportReader.open(path("truncated.xml"))
    #expect(try reader.next()?.title == "A complete record")
    #expect(
      throws: IngestError.malformed(
        SourceLocation(file: path("truncated.xml"), line: 5, column: 1),
        "the file ends inside <title>, before its end tag: it is truncated")
    ) { try reader.next() }
  }

  @Test(arguments: ["external-entity.xml", "entity-bomb.xml"])
  func neverExpandsADeclaredEntity(_ name: String) {
    guard case .malformed(let location, let message) = readError("endnote/\(name)") else {
      Issue.record("expected a malformed-XML error")
      return
    }
    #expect(location.file == path(name))
    #expect(message.contains("never entities declared in a DTD"))
  }

  @Test func theFormatIsToldFromTheContent() {
    #expect(
      FormatSniffer.format(of: Array("<?xml version=\"1.0\"?>\n<xml><records>".utf8))
        == .endNoteXML)
    #expect(FormatSniffer.format(of: Array("<xml><records><record>".utf8)) == .endNoteXML)
    #expect(FormatSniffer.format(of: Array("<PubmedArticleSet>".utf8)) == .pubmedXML)
    #expect(FormatSniffer.format(of: Array("<xml><other/></xml>".utf8)) == nil)
  }
}

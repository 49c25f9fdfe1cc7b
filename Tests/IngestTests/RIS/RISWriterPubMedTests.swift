import ReviewModel
import Testing

@testable import Ingest

/// A record read from PubMed XML, written as RIS: its PMID comes back.
struct RISWriterPubMedTests {
  @Test func aPubMedRecordsPMIDRoundTripsWhenItIsAlsoItsAccessionNumber() throws {
    // The PubMed XML reader keeps the PMID as the accession number too, with no database.
    let record = Record(
      pmid: "39365396", title: "Networking and social media", risType: "JOUR",
      sourceId: "39365396")
    let text = RISWriter(lineEnding: "\n").text(for: record)
    #expect(text.contains("DB  - PubMed\nAN  - 39365396\n"))
    let reread = try #require(try readRIS(Array(text.utf8)).records.first)
    #expect(reread.pmid == "39365396")
  }

  @Test func aPMIDUnderAnotherDatabaseIsLabelled() throws {
    let record = Record(
      pmid: "39365396", title: "Networking", risType: "JOUR", sourceId: "39365396",
      sourceDatabase: "Embase")
    let text = RISWriter(lineEnding: "\n").text(for: record)
    #expect(text.contains("C1  - PMID: 39365396\n"))
    #expect(try readRIS(Array(text.utf8)).records.first?.pmid == "39365396")
  }
}

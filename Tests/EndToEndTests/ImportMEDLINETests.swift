import Foundation
import ReviewTestSupport
import Testing

/// MEDLINE files ("PubMed format", `.nbib`) through the built binary: imported, sniffed whatever
/// their name, compressed or not, and refused with nothing stored when they cannot be read.
struct ImportMEDLINETests {
  private let articles = TestFiles.fixture("medline/two-articles.nbib", in: "IngestTests")

  private func project() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let made = try LitrevBinary.run(["init"], in: folder.url)
    #expect(made.status == 0, "\(made.standardError)")
    return folder
  }

  private func records(in folder: TemporaryFolder) throws -> [[String: Any]] {
    let listed = try LitrevBinary.run(["records", "--json"], in: folder.url)
    #expect(listed.status == 0, "\(listed.standardError)")
    let data = Data(listed.standardOutput.utf8)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
  }

  @Test func importsAnNBIBFile() throws {
    let folder = try project()
    let result = try LitrevBinary.run(
      ["import", articles, "--source", "PubMed", "--searched-on", "2024-05-14"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("imported 2 records from PubMed (MEDLINE) as batch 1"))
    let stored = try records(in: folder)
    #expect(stored.map { $0["pmid"] as? String } == ["31000001", "31000002"])
    #expect(
      stored.map { $0["doi"] as? String } == ["10.5555/jse.2019.0142", "10.5555/tct.2020.0427"])
    let original = try LitrevBinary.run(["show", "1", "--original"], in: folder.url)
    #expect(original.standardOutput.hasPrefix("PMID- 31000001\nOWN - NLM\n"))
    #expect(try String(contentsOfFile: articles, encoding: .utf8).contains(original.standardOutput))
  }

  @Test func theFormatComesFromTheContentNotTheName() throws {
    let folder = try project()
    let misnamed = try folder.write(
      try String(contentsOfFile: articles, encoding: .utf8), to: "pubmed-export.ris")
    let result = try LitrevBinary.run(["import", misnamed, "--source", "PubMed"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("(MEDLINE)"))
    #expect(try records(in: folder).count == 2)
  }

  @Test func aCompressedFileIsReadAsItIs() throws {
    let folder = try project()
    let path = TestFiles.fixture("gzip/two-articles.nbib.gz", in: "IngestTests")
    let result = try LitrevBinary.run(["import", path, "--source", "PubMed"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(try records(in: folder).map { $0["pmid"] as? String } == ["31000001", "31000002"])
  }

  @Test func formatMEDLINEOnAnotherFormatIsRefused() throws {
    let folder = try project()
    let ris = try folder.write("TY  - JOUR\nTI  - A title\nER  - \n", to: "pubmed.nbib")
    let asked = try LitrevBinary.run(
      ["import", ris, "--source", "PubMed", "--format", "medline"], in: folder.url)
    #expect(asked.status == 65)
    #expect(
      asked.standardError.contains(
        "pubmed.nbib: asked to read it as MEDLINE, but it holds RIS"))
    let text = try folder.write("Nothing but prose here.\n", to: "notes.txt")
    let none = try LitrevBinary.run(
      ["import", text, "--source", "PubMed", "--format", "medline"], in: folder.url)
    #expect(none.status == 65)
    #expect(none.standardError.contains("notes.txt: this does not look like MEDLINE"))
    let wrong = try LitrevBinary.run(
      ["import", articles, "--source", "PubMed", "--format", "ris"], in: folder.url)
    #expect(wrong.status == 65)
    #expect(wrong.standardError.contains("asked to read it as RIS, but it holds MEDLINE"))
    #expect(try records(in: folder).isEmpty)
  }

  @Test func strictRefusesAFileWithWarningsAndStoresNothing() throws {
    let folder = try project()
    let path = TestFiles.fixture("medline/stray-text.txt", in: "IngestTests")
    let strict = try LitrevBinary.run(
      ["import", path, "--source", "PubMed", "--strict"], in: folder.url)
    #expect(strict.status == 65)
    #expect(
      strict.standardError.contains(
        "stray-text.txt:1: text outside any record (a record starts with a field such as "
          + "`PMID- `); ignored up to the next record (an error with --strict)"))
    #expect(try records(in: folder).isEmpty)
    let lenient = try LitrevBinary.run(["import", path, "--source", "PubMed"], in: folder.url)
    #expect(lenient.status == 0)
    #expect(lenient.standardError.contains("stray-text.txt:8: warning: a line that is neither"))
    #expect(lenient.standardOutput.contains("3 warnings"))
    #expect(try records(in: folder).count == 2)
  }

  @Test func parsePrintsTheFieldsOfEachRecord() throws {
    let path = TestFiles.fixture("medline/book-chapter.nbib", in: "IngestTests")
    let result = try LitrevBinary.run(["parse", path, "--json", "--format", "medline"])
    #expect(result.status == 0, "\(result.standardError)")
    let parsed = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    let records = try #require(parsed as? [[String: Any]])
    #expect(records.count == 2)
    #expect(records[0]["title"] as? String == "Social media in residency recruitment.")
    #expect(records[0]["journal"] as? String == "Digital Tools for Postgraduate Medical Educators")
    #expect(records[1]["title"] as? String == "Digital Tools for Postgraduate Medical Educators")
  }
}

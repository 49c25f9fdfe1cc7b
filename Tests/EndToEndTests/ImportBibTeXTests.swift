import Foundation
import ReviewTestSupport
import Testing

/// BibTeX files through the built binary: imported with their entries' text, and refused with
/// the line and column of the break, nothing stored, when their grammar is broken.
struct ImportBibTeXTests {
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

  @Test func importsAZoteroFile() throws {
    let folder = try project()
    let path = TestFiles.fixture("bibtex/zotero.bib", in: "IngestTests")
    let result = try LitrevBinary.run(["import", path, "--source", "Zotero"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("imported 2 records from Zotero (BibTeX) as batch 1"))
    let stored = try records(in: folder)
    #expect(stored.map { $0["doi"] as? String } == ["10.5555/jse.2019.0142", nil])
    let original = try LitrevBinary.run(["show", "2", "--original"], in: folder.url)
    #expect(original.standardOutput.hasPrefix("@incollection{petrov_social_2021,\n"))
    #expect(original.standardOutput.hasSuffix("\tpages = {45--67},\n}"))
  }

  @Test func anUnbalancedFileIsRefusedWithItsPlaceAndNothingIsStored() throws {
    let folder = try project()
    let path = TestFiles.fixture("bibtex/unbalanced.bib", in: "IngestTests")
    let result = try LitrevBinary.run(["import", path, "--source", "Zotero"], in: folder.url)
    #expect(result.status == 65)
    #expect(
      result.standardError.contains(
        "unbalanced.bib:5:1: the entry `broken` that starts here is still open where the next "
          + "entry starts, on line 10"))
    #expect(try records(in: folder).isEmpty)
  }

  @Test func formatBibTeXOnAnotherFormatIsRefused() throws {
    let folder = try project()
    let path = TestFiles.fixture("medline/two-articles.nbib", in: "IngestTests")
    let result = try LitrevBinary.run(
      ["parse", path, "--json", "--format", "bibtex"], in: folder.url)
    #expect(result.status == 65)
    #expect(result.standardError.contains("asked to read it as BibTeX, but it holds MEDLINE"))
  }
}

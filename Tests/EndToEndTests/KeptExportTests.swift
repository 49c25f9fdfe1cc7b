import Foundation
import Ingest
import ReviewTestSupport
import Testing

/// The export files an import keeps in the project, which records' original text is read from.
struct KeptExportTests {
  private func project() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let made = try LitrevBinary.run(["init"], in: folder.url)
    #expect(made.status == 0, "\(made.standardError)")
    return folder
  }

  private func keptFiles(in folder: TemporaryFolder) throws -> [String] {
    let exports = folder.url.appendingPathComponent("exports").path
    guard FileManager.default.fileExists(atPath: exports) else { return [] }
    return try FileManager.default.contentsOfDirectory(atPath: exports).sorted()
  }

  private func sha256(ofFileAt path: String) throws -> String {
    try FileByteSource(path: path).finishSHA256()
  }

  @Test func anImportKeepsTheFileUnderItsHashWithItsBytesUnchanged() throws {
    let folder = try project()
    let path = TestFiles.fixture("pubmed/dates.xml", in: "IngestTests")
    let imported = try LitrevBinary.run(["import", path, "--source", "PubMed"], in: folder.url)
    #expect(imported.status == 0, "\(imported.standardError)")
    let name = try sha256(ofFileAt: path) + ".pubmed-xml"
    #expect(try keptFiles(in: folder) == [name])
    let kept = try Data(contentsOf: folder.url.appendingPathComponent("exports/\(name)"))
    #expect(kept == (try Data(contentsOf: URL(fileURLWithPath: path))))

    // Each record's original text is its own article, cut from the kept file.
    let fileText = try String(contentsOfFile: path, encoding: .utf8)
    for id in 1...5 {
      let shown = try LitrevBinary.run(["show", "\(id)", "--original"], in: folder.url)
      #expect(shown.status == 0, "\(shown.standardError)")
      #expect(shown.standardOutput.hasPrefix("<PubmedArticle>"))
      #expect(shown.standardOutput.hasSuffix("</PubmedArticle>"))
      #expect(fileText.contains(shown.standardOutput))
    }
  }

  @Test func aGzipFileIsKeptCompressedAndItsRecordsReadBackInflated() throws {
    let folder = try project()
    let path = TestFiles.fixture("gzip/two-articles.nbib.gz", in: "IngestTests")
    let imported = try LitrevBinary.run(["import", path, "--source", "PubMed"], in: folder.url)
    #expect(imported.status == 0, "\(imported.standardError)")
    #expect(try keptFiles(in: folder) == [try sha256(ofFileAt: path) + ".medline.gz"])
    let shown = try LitrevBinary.run(["show", "2", "--original"], in: folder.url)
    #expect(shown.status == 0, "\(shown.standardError)")
    #expect(shown.standardOutput.hasPrefix("PMID- "))
    #expect(!shown.standardOutput.contains("\n\n"), "the blank line between records is left out")
  }

  @Test func aFailedOrRefusedImportLeavesNoFileBehind() throws {
    let folder = try project()
    let truncated = TestFiles.fixture("pubmed/truncated.xml", in: "IngestTests")
    let failed = try LitrevBinary.run(["import", truncated, "--source", "PubMed"], in: folder.url)
    #expect(failed.status == 65)
    #expect(try keptFiles(in: folder).isEmpty)

    let ris = TestFiles.fixture("ris/scopus.ris", in: "IngestTests")
    _ = try LitrevBinary.run(["import", ris, "--source", "Scopus"], in: folder.url)
    let refused = try LitrevBinary.run(["import", ris, "--source", "Scopus"], in: folder.url)
    #expect(refused.status == 65)
    let again = try LitrevBinary.run(
      ["import", ris, "--source", "Scopus", "--again"], in: folder.url)
    #expect(again.status == 0, "\(again.standardError)")
    // The same bytes are kept once, whichever import kept them.
    #expect(try keptFiles(in: folder) == [try sha256(ofFileAt: ris) + ".ris"])
  }

  @Test func aCopyLeftByAKilledImportIsRemovedByALaterOneOnceItIsAnHourOld() throws {
    let folder = try project()
    let exports = folder.url.appendingPathComponent("exports")
    try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
    let abandoned = exports.appendingPathComponent(".importing-abandoned").path
    let running = exports.appendingPathComponent(".importing-running").path
    for path in [abandoned, running] {
      #expect(FileManager.default.createFile(atPath: path, contents: Data("PMID- 1".utf8)))
    }
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: -7200)], ofItemAtPath: abandoned)
    let ris = TestFiles.fixture("ris/scopus.ris", in: "IngestTests")
    let imported = try LitrevBinary.run(["import", ris, "--source", "Scopus"], in: folder.url)
    #expect(imported.status == 0, "\(imported.standardError)")
    #expect(
      try keptFiles(in: folder) == [".importing-running", try sha256(ofFileAt: ris) + ".ris"])
  }
}

import Foundation
import ReviewTestSupport
import Testing

/// Imports through the built binary: what is stored, what is printed, what is refused.
struct ImportTests {
  private let scopus = TestFiles.fixture("ris/scopus.ris", in: "IngestTests")
  private let missingER = TestFiles.fixture("ris/missing-er.ris", in: "IngestTests")

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

  @Test func importsAFileAndSaysWhatItStored() throws {
    let folder = try project()
    let query = try folder.write("\"social media\" AND (trainee* OR resident*)", to: "query.txt")
    let result = try LitrevBinary.run(
      [
        "import", scopus, "--source", "Scopus", "--searched-on", "2024-05-14",
        "--query-file", query,
      ], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("imported 2 records from Scopus (RIS) as batch 1"))
    let stored = try records(in: folder)
    #expect(stored.count == 2)
    #expect(stored.map { $0["source"] as? String } == ["Scopus", "Scopus"])
    #expect(stored[0]["doi"] as? String == "10.5555/ced.14321")
    #expect(
      stored[1]["title"] as? String
        == "YouTube surgical videos and the learning curve of junior residents")
  }

  @Test func showGivesTheRecordAndItsOriginalText() throws {
    let folder = try project()
    _ = try LitrevBinary.run(["import", scopus, "--source", "Scopus"], in: folder.url)
    let shown = try LitrevBinary.run(["show", "2"], in: folder.url)
    #expect(shown.status == 0)
    #expect(shown.standardOutput.contains("Title:"))
    #expect(shown.standardOutput.contains("YouTube surgical videos"))
    #expect(shown.standardOutput.contains("Scopus, batch 1, record 2"))
    let original = try LitrevBinary.run(["show", "2", "--original"], in: folder.url)
    let fileText = try String(contentsOfFile: scopus, encoding: .utf8)
    #expect(original.standardOutput.hasPrefix("TY  - CONF"))
    #expect(fileText.contains(original.standardOutput))
  }

  @Test func theSameBytesTwiceAreRefusedUnlessAgain() throws {
    let folder = try project()
    _ = try LitrevBinary.run(["import", scopus, "--source", "Scopus"], in: folder.url)
    let copy = try folder.write(
      try String(contentsOfFile: scopus, encoding: .utf8), to: "renamed.ris")
    let again = try LitrevBinary.run(["import", copy, "--source", "Scopus"], in: folder.url)
    #expect(again.status == 65)
    #expect(again.standardError.contains("these exact bytes were imported already, as batch 1"))
    #expect(try records(in: folder).count == 2)
    let forced = try LitrevBinary.run(
      ["import", copy, "--source", "Scopus", "--again"], in: folder.url)
    #expect(forced.status == 0, "\(forced.standardError)")
    #expect(try records(in: folder).count == 4)
  }

  @Test func warningsAreShownAndStrictMakesThemErrors() throws {
    let folder = try project()
    let strict = try LitrevBinary.run(
      ["import", missingER, "--source", "Embase", "--strict"], in: folder.url)
    #expect(strict.status == 65)
    #expect(strict.standardError.contains("missing-er.ris:1:"))
    #expect(strict.standardError.contains("(an error with --strict)"))
    #expect(try records(in: folder).isEmpty)
    let lenient = try LitrevBinary.run(["import", missingER, "--source", "Embase"], in: folder.url)
    #expect(lenient.status == 0)
    #expect(lenient.standardError.contains("missing-er.ris:1: warning:"))
    #expect(lenient.standardOutput.contains("2 warnings"))
    #expect(try records(in: folder).count == 2)
  }

  @Test func oneBadFileAmongSeveralLeavesTheOthersStored() throws {
    let folder = try project()
    let empty = try folder.write("", to: "empty.ris")
    let result = try LitrevBinary.run(
      ["import", scopus, empty, "--source", "Scopus"], in: folder.url)
    #expect(result.status == 65)
    #expect(result.standardError.contains("empty.ris: the file is empty"))
    #expect(result.standardError.contains("1 of 2 files were not imported"))
    #expect(try records(in: folder).count == 2)
  }

  @Test func gzipFilesAreReadAsTheyAre() throws {
    let folder = try project()
    let path = TestFiles.fixture("gzip/two-members.ris.gz", in: "IngestTests")
    let result = try LitrevBinary.run(["import", path, "--source", "Embase"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      try records(in: folder).compactMap { $0["title"] as? String } == [
        "Podcasts in core surgical training", "WhatsApp groups for on-call handover",
      ])
  }

  @Test func standardInputCanBeImported() throws {
    let folder = try project()
    let bytes = try Data(contentsOf: URL(fileURLWithPath: scopus))
    let result = try LitrevBinary.run(
      ["import", "-", "--source", "Scopus"], in: folder.url, input: bytes)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(try records(in: folder).count == 2)
  }
}

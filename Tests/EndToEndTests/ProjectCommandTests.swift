import Foundation
import ReviewModel
import ReviewTestSupport
import Screening
import Testing

/// `init`, finding the project, and the commands' behaviour outside one, through the built binary.
struct ProjectCommandTests {
  @Test func initMakesADatabaseAndAStarterProtocol() throws {
    let folder = try TemporaryFolder()
    let result = try LitrevBinary.run(
      ["init", "review", "--title", "Social media in training"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path("review")).sorted()
    #expect(files.contains("review.sqlite"))
    #expect(files.contains("protocol.yaml"))
    let protocolText = try String(
      contentsOfFile: folder.path("review/protocol.yaml"), encoding: .utf8)
    #expect(protocolText.contains("title: \"Social media in training\""))
    #expect(protocolText.contains("version: 1"))
  }

  @Test func initRefusesAnExistingProject() throws {
    let folder = try TemporaryFolder()
    _ = try LitrevBinary.run(["init"], in: folder.url)
    let again = try LitrevBinary.run(["init"], in: folder.url)
    #expect(again.status == 65)
    #expect(again.standardError.contains("already holds a litrev project"))
  }

  @Test func commandsFindTheProjectFromASubfolder() throws {
    let folder = try TemporaryFolder()
    _ = try LitrevBinary.run(["init"], in: folder.url)
    let inner = folder.url.appendingPathComponent("searches/2024")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
    let result = try LitrevBinary.run(["records"], in: inner)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasSuffix("0 records\n"))
  }

  @Test func outsideAProjectTheErrorSaysHowToMakeOne() throws {
    let folder = try TemporaryFolder()
    let result = try LitrevBinary.run(["records"], in: folder.url)
    #expect(result.status == 66)
    #expect(result.standardError.contains("no litrev project"))
    #expect(result.standardError.contains("litrev init"))
  }

  @Test func showOfAnUnknownRecordFails() throws {
    let folder = try TemporaryFolder()
    _ = try LitrevBinary.run(["init"], in: folder.url)
    let result = try LitrevBinary.run(["show", "42"], in: folder.url)
    #expect(result.status == 66)
    #expect(result.standardError.contains("no record with id 42"))
  }

  @Test func badArgumentsAreUsageErrors() throws {
    let folder = try TemporaryFolder()
    _ = try LitrevBinary.run(["init"], in: folder.url)
    let path = try folder.write("TY  - JOUR\nTI  - x\nER  - \n", to: "a.ris")
    let badDate = try LitrevBinary.run(
      ["import", path, "--source", "Embase", "--searched-on", "2024-02-30"], in: folder.url)
    #expect(badDate.status == 64)
    #expect(badDate.standardError.contains("YYYY-MM-DD"))
    let noSource = try LitrevBinary.run(["import", path], in: folder.url)
    #expect(noSource.status == 64)
  }
}

/// The protocol `litrev init` writes is one litrev reads.
struct StarterProtocolTests {
  @Test func theStarterProtocolDecodes() throws {
    let folder = try TemporaryFolder()
    let result = try LitrevBinary.run(
      ["init", "review", "--title", "A \"quoted\" title"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    let loaded = try ProtocolLoader().load(path: folder.path("review/protocol.yaml"))
    #expect(loaded.reviewProtocol.title == "A \"quoted\" title")
    #expect(loaded.reviewProtocol.fullTextExclusionReasons.map(\.id).first == "wrong_population")
    #expect(loaded.reviewProtocol.stages.fullText.reviewersPerRecord == 2)
  }
}

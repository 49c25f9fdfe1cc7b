import Foundation
import ReviewTestSupport
import Testing

/// `litrev appraise` full screen in a real terminal (tmux): answers and a note saved as they are
/// given, a kill -9 in the middle, the restart resuming at the first item left, and the
/// terminal restored on quit.
struct InteractiveAppraisalTests {
  private func run(_ arguments: [String], in folder: TemporaryFolder) throws -> CLIResult {
    let result = try LitrevBinary.run(arguments, in: folder.url)
    #expect(result.status == 0, "litrev \(arguments): \(result.standardError)")
    return result
  }

  /// The answers in the log: item, answer, note.
  private func answers(in folder: TemporaryFolder) throws -> [(String, String, String?)] {
    let log = try run(["log", "--json"], in: folder)
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(log.standardOutput.utf8)) as? [[String: Any]])
    return entries.compactMap { entry in
      guard entry["kind"] as? String == "appraisal_answer",
        let payload = entry["payload"] as? [String: String], let item = payload["item"],
        let answer = payload["answer"]
      else { return nil }
      return (item, answer, payload["note"])
    }
  }

  @Test func answersAreSavedAsGivenAndTheRestartResumes() throws {
    let folder = try TemporaryFolder()
    _ = try run(["init", "."], in: folder)
    try FileManager.default.removeItem(atPath: folder.path("protocol.yaml"))
    try FileManager.default.copyItem(
      atPath: TestFiles.corpus("protocol.yaml"), toPath: folder.path("protocol.yaml"))
    _ = try run(
      ["import", TestFiles.corpus("searches/pubmed-2024-05-14.xml"), "--source", "PubMed"],
      in: folder)
    _ = try run(["set", "2", "design=qualitative"], in: folder)

    let session = Tmux(folder: folder.url)
    defer { session.kill() }
    let appraise = "\(LitrevBinary.path) appraise 2 --reviewer tmux"
    try session.start(appraise)
    try session.waitFor("litrev appraise · CASP Qualitative Studies Checklist · tmux")
    try session.waitFor("Item 1 of 10 · 0 answered")
    try session.send("1")
    try session.waitFor("Item 2 of 10 · 1 answered")
    try session.send("n")
    try session.send("small sample")
    try session.waitFor("Note: small sample")
    try session.send("\r")
    try session.waitFor("The note goes with your answer.")
    try session.send("2")
    try session.waitFor("Item 3 of 10 · 2 answered")
    try session.killProgram(named: "litrev")
    let saved = try answers(in: folder)
    #expect(saved.map(\.0) == ["aims", "methodology"])
    #expect(saved.map(\.1) == ["yes", "no"])
    #expect(saved.map(\.2) == [nil, "small sample"])
    session.kill()

    try session.start("stty -g > before.txt; \(appraise); stty -g > after.txt")
    try session.waitFor("Item 3 of 10 · 2 answered")
    try session.send("b")
    try session.waitFor("Item 2 of 10 · 2 answered")
    let screen = try session.screen()
    #expect(screen.contains(" ▸ 2  No"), "\(screen)")
    #expect(screen.contains("Note: small sample"), "\(screen)")
    try session.send("q")
    try session.waitForFile(folder.url.appendingPathComponent("after.txt"))
    #expect(try answers(in: folder).count == 2)
    let before = try String(
      contentsOf: folder.url.appendingPathComponent("before.txt"), encoding: .utf8)
    let restored = try String(
      contentsOf: folder.url.appendingPathComponent("after.txt"), encoding: .utf8)
    #expect(before == restored, "q restores the terminal's settings")
  }
}

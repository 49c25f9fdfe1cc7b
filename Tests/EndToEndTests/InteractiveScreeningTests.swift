import Foundation
import ReviewTestSupport
import Testing

/// `litrev screen` by hand, on the example review: driven line by line through a pipe, and as
/// the full-screen interface in a real terminal (tmux), killed and resumed.
struct InteractiveScreeningTests {
  /// The example review's PubMed search and protocol, with the rules already applied.
  private func exampleProject() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    #expect(try LitrevBinary.run(["init", "."], in: folder.url).status == 0)
    try FileManager.default.removeItem(atPath: folder.path("protocol.yaml"))
    try FileManager.default.copyItem(
      atPath: TestFiles.corpus("protocol.yaml"), toPath: folder.path("protocol.yaml"))
    let imported = try LitrevBinary.run(
      ["import", TestFiles.corpus("searches/pubmed-2024-05-14.xml"), "--source", "PubMed"],
      in: folder.url)
    #expect(imported.status == 0, "\(imported.standardError)")
    #expect(try LitrevBinary.run(["screen", "--auto"], in: folder.url).status == 0)
    return folder
  }

  /// The manual decisions in the log: (record, reviewer, verdict, reason).
  private func manualDecisions(in folder: TemporaryFolder) throws -> [(
    Int, String, String, String?
  )] {
    let log = try LitrevBinary.run(["log", "--json"], in: folder.url)
    #expect(log.status == 0, "\(log.standardError)")
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(log.standardOutput.utf8)) as? [[String: Any]])
    return entries.compactMap { entry in
      guard let decision = entry["decision"] as? [String: Any],
        decision["method"] as? String == "manual",
        let record = decision["recordID"] as? Int, let reviewer = decision["reviewer"] as? String,
        let verdict = decision["verdict"] as? String
      else { return nil }
      return (record, reviewer, verdict, decision["reason"] as? String)
    }
  }

  @Test func commandsOnStandardInputDecideAndTheNextRunResumes() throws {
    let folder = try exampleProject()
    let first = try LitrevBinary.run(
      ["screen", "--reviewer", "ana"], in: folder.url,
      input: Data("include\nexclude 1\nexclude no_such_reason\nmaybe\nquit\n".utf8))
    #expect(first.status == 0, "\(first.standardError)")
    #expect(first.standardOutput.contains("'no_such_reason' is not a reason here"))
    #expect(first.standardOutput.contains("ana: 3 of "))
    #expect(!first.standardOutput.contains("\u{1B}["), "a pipe gets no escape sequences")
    let decided = try manualDecisions(in: folder)
    #expect(decided.map(\.2) == ["include", "exclude", "maybe"])
    #expect(decided[1].3 == "not_postgraduate")

    let second = try LitrevBinary.run(
      ["screen", "--reviewer", "ana"], in: folder.url, input: Data("include\n".utf8))
    #expect(second.status == 0, "\(second.standardError)")
    let again = try manualDecisions(in: folder)
    #expect(again.count == 4)
    #expect(!decided.map(\.0).contains(again[3].0), "the second run starts after the first")
    // A second reviewer is blind to the first: the queue starts from the first record again.
    let ben = try LitrevBinary.run(
      ["screen", "--reviewer", "ben"], in: folder.url, input: Data("include\n".utf8))
    #expect(ben.status == 0)
    #expect(try manualDecisions(in: folder).last?.0 == decided[0].0)
  }

  /// Undo takes a decision back (an event of its own) rather than leaving it to be replaced:
  /// quitting after an undo leaves the record undecided.
  @Test func undoTakesDecisionsBackAndTheLogSaysSo() throws {
    let folder = try exampleProject()
    let run = try LitrevBinary.run(
      ["screen", "--reviewer", "ana"], in: folder.url,
      input: Data("include\nexclude 1\nundo\nundo\nmaybe\nquit\n".utf8))
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains("is undecided again"))
    #expect(run.standardOutput.contains("ana: 1 of "), "\(run.standardOutput)")

    let everything = try manualDecisions(in: folder)
    #expect(everything.map(\.2) == ["include", "exclude", "maybe"], "the log keeps all three")
    let log = try LitrevBinary.run(["log"], in: folder.url)
    #expect(log.standardOutput.contains("took back exclude at title-abstract"))
    #expect(log.standardOutput.contains("took back include at title-abstract"))

    let export = try LitrevBinary.run(["decisions", "export"], in: folder.url)
    let rows = export.standardOutput.split(whereSeparator: \.isNewline).dropFirst()
      .filter { $0.contains(",manual,") }
    #expect(rows.count == 1, "\(export.standardOutput)")
    #expect(rows.first?.contains(",ana,maybe,") == true)
    #expect(rows.first?.hasPrefix("\(everything[0].0),") == true, "the first record, decided again")
  }

  @Test func theFullTextQueueHoldsWhatBothReviewersIncluded() throws {
    let folder = try exampleProject()
    // Records 2 and 5 are left for people by the example protocol's rules.
    for (record, reviewer) in [("2", "ana"), ("2", "ben"), ("5", "ana")] {
      let decided = try LitrevBinary.run(
        ["decide", record, "include", "--reviewer", reviewer], in: folder.url)
      #expect(decided.status == 0, "\(decided.standardError)")
    }
    let screen = try LitrevBinary.run(
      ["screen", "--stage", "full-text", "--reviewer", "ana"], in: folder.url,
      input: Data("quit\n".utf8))
    #expect(screen.status == 0, "\(screen.standardError)")
    #expect(screen.standardOutput.contains("[0/1 decided] record 2\n"), "\(screen.standardOutput)")
  }

  @Test func theFullScreenSurvivesKillNineAndRestoresTheTerminalOnQuit() throws {
    let folder = try exampleProject()
    let session = Tmux(folder: folder.url)
    defer { session.kill() }
    let screen = "\(LitrevBinary.path) screen --reviewer tmux"

    try session.start(screen)
    try session.waitFor("litrev screen · title and abstract · tmux")
    try session.send("i")
    try session.waitFor("1/")
    try session.send("e")
    try session.waitFor("why? Press a number")
    try session.send("1")
    try session.waitFor("2/")
    try session.send("m")
    try session.waitFor("3/")
    try session.killProgram(named: "litrev")
    let beforeKill = try manualDecisions(in: folder)
    #expect(beforeKill.map(\.2) == ["include", "exclude", "maybe"])
    session.kill()

    let shell = "stty -g > before.txt; \(screen); stty -g > after.txt"
    try session.start(shell)
    try session.waitFor("3/")
    try session.send("i")
    try session.waitFor("4/")
    try session.send("q")
    try session.waitForFile(folder.url.appendingPathComponent("after.txt"))
    let after = try manualDecisions(in: folder)
    #expect(after.count == 4)
    #expect(!beforeKill.map(\.0).contains(after[3].0), "the restart resumed after the kill")
    let before = try String(
      contentsOf: folder.url.appendingPathComponent("before.txt"), encoding: .utf8)
    let restored = try String(
      contentsOf: folder.url.appendingPathComponent("after.txt"), encoding: .utf8)
    #expect(before == restored, "q restores the terminal's settings")
  }

  /// In relevance order the model retrains in the background after each decision, and the
  /// screen takes in the new ranking while the reviewer reads, without a key press.
  @Test func theFullScreenTakesInEachRetrainWhileTheReviewerReads() throws {
    let folder = try exampleProject()
    let session = Tmux(folder: folder.url)
    defer { session.kill() }
    try session.start("\(LitrevBinary.path) screen --reviewer tmux --order relevance")
    try session.waitFor("order: random until one include and one exclude")
    try session.send("i")
    try session.waitFor("trained on ")
    let status = try #require(
      try session.screen().firstMatch(of: /trained on (\d+) decisions/), "no model status")
    let trainedOn = try #require(Int(status.1))
    try session.send("e")
    try session.waitFor("why? Press a number")
    try session.send("1")
    try session.waitFor("trained on \(trainedOn + 1) decisions")
    #expect(try session.screen().contains(/rank \d+ of \d+/))
    try session.send("q")
  }
}

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
    let session = Tmux(name: "litrev-\(UUID().uuidString.prefix(8))", folder: folder.url)
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
}

/// A detached tmux session running one command in a real pseudo-terminal, shared by the tests
/// of the full-screen commands.
struct Tmux {
  let name: String
  let folder: URL

  /// Runs tmux; only a command whose output is read gets a pipe, because the server that
  /// `new-session` starts keeps whatever it was given open, and a pipe would never end.
  @discardableResult
  private func tmux(_ arguments: [String], readsOutput: Bool = false) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["tmux"] + arguments
    process.currentDirectoryURL = folder
    process.standardInput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let output = Pipe()
    process.standardOutput = readsOutput ? output : FileHandle.nullDevice
    try process.run()
    let data = readsOutput ? output.fileHandleForReading.readDataToEndOfFile() : Data()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  func start(_ command: String) throws {
    let environment = "env TERM=xterm-256color NO_COLOR=1 LITREV_REVIEWER=tmux "
    try tmux([
      "new-session", "-d", "-s", name, "-x", "100", "-y", "30", "-c", folder.path,
      environment + "sh -c '\(command)'",
    ])
  }

  func send(_ keys: String) throws {
    try tmux(["send-keys", "-t", name, "-l", keys])
  }

  /// The screen as text.
  func screen() throws -> String {
    try tmux(["capture-pane", "-p", "-t", name], readsOutput: true)
  }

  /// Waits (up to a minute, for a loaded machine) until the screen shows `text`.
  func waitFor(_ text: String) throws {
    for _ in 0..<600 {
      if try screen().contains(text) { return }
      Thread.sleep(forTimeInterval: 0.1)
    }
    Issue.record("the screen never showed \"\(text)\":\n\(try screen())")
    throw CancellationError()
  }

  func waitForFile(_ url: URL) throws {
    for _ in 0..<600 {
      if FileManager.default.fileExists(atPath: url.path) { return }
      Thread.sleep(forTimeInterval: 0.1)
    }
    Issue.record("\(url.lastPathComponent) never appeared:\n\(try screen())")
    throw CancellationError()
  }

  /// Sends SIGKILL to the program the session runs.
  func killProgram(named program: String) throws {
    let panePID = try tmux(["list-panes", "-t", name, "-F", "#{pane_pid}"], readsOutput: true)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let children = Process()
    children.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    children.arguments = ["pkill", "-KILL", "-P", panePID, "-x", program]
    try children.run()
    children.waitUntilExit()
    if children.terminationStatus != 0, let pid = Int32(panePID) {
      Foundation.kill(pid, SIGKILL)  // the pane runs the program itself, without a shell
    }
    Thread.sleep(forTimeInterval: 0.3)
  }

  func kill() {
    _ = try? tmux(["kill-session", "-t", name])
  }
}

import Foundation
import Testing

/// A detached tmux session running one command in a real pseudo-terminal, shared by the tests
/// of the full-screen commands.
///
/// Each session has a server of its own, on a socket in the test's folder, so a test neither
/// depends on nor disturbs a tmux the machine already runs, and `kill()` ends the server.
struct Tmux {
  let name: String
  let folder: URL

  init(folder: URL) {
    self.name = "litrev-test-\(UUID().uuidString.prefix(8))"
    self.folder = folder
  }

  /// Runs tmux with every inherited descriptor above standard error closed.
  ///
  /// The first command starts the server, which forks and lives on. Foundation's `Process`
  /// learns that a child ended when a socket it shares with the child closes, and the child
  /// hands that socket (and any pipe another test has open at the moment) on to the server;
  /// `waitUntilExit` would then wait as long as the server lives, which hung CI. bash closes
  /// them before it becomes tmux. Only a command whose output is read gets a pipe.
  @discardableResult
  private func tmux(_ arguments: [String], readsOutput: Bool = false) throws -> String {
    let closeInherited = """
      for fd in /proc/$$/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done
      exec tmux -S "$0" "$@"
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    let socket = folder.appendingPathComponent(".tmux-socket").path
    process.arguments = ["-c", closeInherited, socket] + arguments
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
      "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "100", "-y", "30",
      "-c", folder.path, environment + "sh -c '\(command)'",
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

  /// Ends the session and its server.
  func kill() {
    _ = try? tmux(["kill-server"])
  }
}

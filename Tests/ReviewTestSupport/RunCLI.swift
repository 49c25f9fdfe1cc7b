import Foundation

/// What a run of the built `litrev` printed and how it ended.
public struct CLIResult: Sendable {
  public var status: Int32
  public var standardOutput: String
  public var standardError: String
}

/// Runs the built `litrev` binary, the one `swift build` put beside the test bundle.
public enum LitrevBinary {
  /// The path of the built `litrev`.
  public static var path: String { builtExecutable("litrev") }

  /// The path of an executable product that `swift build` put beside the test bundle.
  ///
  /// - Parameter name: the product's name (`litrev`, `corpus-gen`).
  /// - Returns: its path in the build folder.
  public static func builtExecutable(_ name: String) -> String {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0])
    var folder = bundle.deletingLastPathComponent()
    // On macOS the test runner is xctest inside the toolchain; the bundle path comes later.
    if let xctest = CommandLine.arguments.first(where: { $0.hasSuffix(".xctest") }) {
      folder = URL(fileURLWithPath: xctest).deletingLastPathComponent()
    }
    return folder.appendingPathComponent(name).path
  }

  /// Runs `litrev arguments…` in `folder` with standard input closed (as CI runs it).
  ///
  /// - Parameters:
  ///   - arguments: the command line after `litrev`.
  ///   - folder: the working folder.
  ///   - environment: variables to set on top of a clean environment (no colour, a fixed reviewer).
  ///   - input: bytes for standard input, or nil for none.
  ///   - executable: the built product to run; `litrev` unless a test runs another tool.
  ///   - program: a program to run instead of a built product (a script's interpreter).
  public static func run(
    _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
    input: Data? = nil, executable: String = "litrev", program: String? = nil
  ) throws -> CLIResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program ?? builtExecutable(executable))
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    var env = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LITREV_REVIEWER": "tester"]
    env.merge(environment) { _, new in new }
    process.environment = env
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    let inputPipe = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
    try process.run()
    if let input {
      inputPipe.fileHandleForWriting.write(input)
      try inputPipe.fileHandleForWriting.close()
    }
    // Read both pipes to the end before waiting, so a large output cannot fill a pipe and stall.
    let group = DispatchGroup()
    nonisolated(unsafe) var errorData = Data()
    group.enter()
    DispatchQueue.global().async {
      errorData = error.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return CLIResult(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }
}

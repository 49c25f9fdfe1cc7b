import Foundation

/// Where a command that takes `--output FILE` writes: standard output when no file is given.
enum OutputFile {
  /// Writes `text` to `path`, or to standard output when `path` is nil.
  ///
  /// - Parameters:
  ///   - text: the whole output.
  ///   - path: `--output`, or nil.
  /// - Returns: true when a file was written (the command then says so on standard output).
  /// - Throws: an I/O failure (74) naming the file.
  @discardableResult
  static func write(_ text: String, to path: String?) throws(CommandFailure) -> Bool {
    guard let path else {
      StandardStreams.output.write(text)
      return false
    }
    try writeFile(Data(text.utf8), to: path)
    return true
  }

  /// Writes `text` to `path`, or to standard output when there is none, and says what it
  /// wrote to a file.
  ///
  /// - Parameters:
  ///   - text: the export.
  ///   - path: the `--output` file, if given.
  ///   - what: what was written, for the line printed after writing a file (`3 rows`).
  static func write(_ text: String, to path: String?, what: String) throws(CommandFailure) {
    try write(Data(text.utf8), to: path, what: what)
  }

  /// Writes `data` to `path`, or to standard output when there is none.
  static func write(_ data: Data, to path: String?, what: String) throws(CommandFailure) {
    guard let path else {
      FileHandle.standardOutput.write(data)
      return
    }
    try writeFile(data, to: path)
    StandardStreams.output.writeLine("\(path): wrote \(what)")
  }

  private static func writeFile(_ data: Data, to path: String) throws(CommandFailure) {
    do {
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw CommandFailure(
        "\(path): cannot write: \(error.localizedDescription)", exitCode: .ioError)
    }
  }
}

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
    do {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      throw CommandFailure(
        "\(path): cannot write: \(error.localizedDescription)", exitCode: .ioError)
    }
    return true
  }
}

import Foundation

/// Where an export goes: standard output, or a file named by `--output`.
enum OutputFile {
  /// Writes `text` to `path`, or to standard output when there is none.
  ///
  /// - Parameters:
  ///   - text: the export.
  ///   - path: the `--output` file, if given.
  ///   - what: what was written, for the line printed after writing a file (`3 rows`).
  /// - Throws: an I/O failure when the file cannot be written.
  static func write(_ text: String, to path: String?, what: String) throws(CommandFailure) {
    try write(Data(text.utf8), to: path, what: what)
  }

  /// Writes `data` to `path`, or to standard output when there is none.
  static func write(_ data: Data, to path: String?, what: String) throws(CommandFailure) {
    guard let path else {
      FileHandle.standardOutput.write(data)
      return
    }
    do {
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw CommandFailure(
        "\(path): cannot write: \(error.localizedDescription)", exitCode: .ioError)
    }
    StandardStreams.output.writeLine("\(path): wrote \(what)")
  }
}

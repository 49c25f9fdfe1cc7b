/// Everything that stops `corpus-gen`, with a sentence for the user and the exit code it maps to.
enum CorpusGenError: Error, CustomStringConvertible, Equatable {
  /// The command line could not be understood; the text says what was wrong.
  case usage(String)
  /// A file could not be created or opened for writing.
  case cannotOpen(path: String, reason: String)
  /// Writing to a file failed part way (disk full, closed pipe, …).
  case writeFailed(path: String, reason: String)
  /// A directory for the example review could not be created.
  case cannotCreateDirectory(path: String, reason: String)

  var description: String {
    switch self {
    case .usage(let message): message
    case .cannotOpen(let path, let reason): "cannot open \(path) for writing: \(reason)"
    case .writeFailed(let path, let reason): "cannot write \(path): \(reason)"
    case .cannotCreateDirectory(let path, let reason): "cannot create \(path): \(reason)"
    }
  }

  /// The process exit code, following `sysexits.h` as the rest of litrev does (64 usage, 74 I/O).
  var exitCode: Int32 {
    switch self {
    case .usage: 64
    case .cannotOpen, .writeFailed, .cannotCreateDirectory: 74
    }
  }
}

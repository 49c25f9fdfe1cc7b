import ReviewModel

/// Why a file could not be read.
///
/// Nothing of a file that fails with one of these is stored.
public enum IngestError: Error, Equatable, CustomStringConvertible, Sendable {
  /// There is no file at the path.
  case fileNotFound(path: String)
  /// The file exists but could not be opened or read (a folder, no permission, an I/O error).
  case unreadable(path: String, reason: String)
  /// The file holds no bytes, or only white space.
  case emptyFile(path: String)
  /// The file is binary data rather than text.
  case binaryData(path: String, offset: Int)
  /// The content is in none of the formats litrev reads (or not the one that was asked for).
  case unrecognizedFormat(path: String, detail: String)
  /// The content breaks its format's grammar: malformed or truncated XML, a damaged gzip stream.
  case malformed(SourceLocation, String)
  /// A gzip stream that cannot be inflated; `offset` counts compressed bytes read before it.
  case damagedCompression(path: String, offset: Int, reason: String)
  /// A warning that `--strict` turned into an error.
  case strict(Diagnostic)
  /// The copy of the file that an import keeps could not be written (a full disk, say).
  case copyFailed(path: String, reason: String)

  /// The sentence a person reads, starting with the place: `file:line:column: what is wrong`.
  public var description: String {
    switch self {
    case .fileNotFound(let path): "\(path): no such file"
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .copyFailed(let path, let reason):
      "\(path): cannot keep a copy of it in the project: \(reason)"
    case .emptyFile(let path): "\(path): the file is empty"
    case .binaryData(let path, let offset):
      "\(path): binary data (a NUL byte at offset \(offset)), not a search export"
    case .unrecognizedFormat(let path, let detail): "\(path): \(detail)"
    case .malformed(let location, let message): "\(location): \(message)"
    case .damagedCompression(let path, let offset, let reason):
      "\(path): damaged gzip data near compressed byte \(offset): \(reason)"
    case .strict(let diagnostic):
      "\(diagnostic.location.map { "\($0): " } ?? "")\(diagnostic.message) (an error with --strict)"
    }
  }
}

import ReviewModel

/// An export file opened for reading: its bytes (inflated when it is gzip), the format sniffed
/// from its first bytes, and, once it has been read to the end, its SHA-256.
public final class ExportFile {
  /// The path as the user gave it; diagnostics name the file by it.
  public let path: String
  /// The format its content shows, or nil when it shows none that litrev reads.
  public let sniffedFormat: SourceFormat?
  /// True when the file is gzip-compressed.
  public let isCompressed: Bool
  /// The file's content, from its first byte (the sniffed prefix is replayed).
  public let content: any ByteSource
  private let file: FileByteSource

  /// How many bytes are looked at to tell the format.
  static let sniffLength = 64 * 1024

  /// Opens `path` (or standard input for `-`), inflates it when it is gzip, and sniffs its format.
  ///
  /// - Parameters:
  ///   - path: the file, or `-` for standard input.
  ///   - computesSHA256: whether to hash the file's bytes for ``finishSHA256()``.
  ///   - copy: a file descriptor that receives the file's bytes as they are read (compressed,
  ///     for a `.gz`); see ``FileByteSource/init(path:computesSHA256:copyingTo:)``.
  /// - Throws: ``IngestError`` for a missing, unreadable, empty or binary file.
  public init(path: String, computesSHA256: Bool = true, copyingTo copy: Int32? = nil)
    throws(IngestError)
  {
    self.path = path
    file = try FileByteSource(path: path, computesSHA256: computesSHA256, copyingTo: copy)
    let raw = PrefixedByteSource(file)
    try raw.fill(upTo: 2)
    isCompressed = raw.prefix.starts(with: [0x1F, 0x8B])
    let inflated: PrefixedByteSource =
      isCompressed ? PrefixedByteSource(try GzipByteSource(raw, path: path)) : raw
    try inflated.fill(upTo: Self.sniffLength)
    let prefix = inflated.prefix
    if prefix.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
      || prefix == [0xEF, 0xBB, 0xBF]
    {
      throw .emptyFile(path: path)
    }
    if let zero = prefix.firstIndex(of: 0) {
      throw .binaryData(path: path, offset: zero)
    }
    sniffedFormat = FormatSniffer.format(of: prefix)
    content = inflated
  }

  /// The SHA-256 of the file's bytes as stored on disk (compressed, for a `.gz`), in hex.
  ///
  /// Reads whatever the reader left unread, so call it after the reader is done.
  public func finishSHA256() throws(IngestError) -> String {
    try file.finishSHA256()
  }
}

/// A source whose first bytes can be looked at before they are read, then are read as usual.
final class PrefixedByteSource: ByteSource {
  private let base: any ByteSource
  private(set) var prefix: [UInt8] = []
  private var replayed = 0
  private var baseEnded = false

  init(_ base: any ByteSource) {
    self.base = base
  }

  /// Reads from the base until the prefix holds `count` bytes or the base ends.
  func fill(upTo count: Int) throws(IngestError) {
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 16 * 1024, alignment: 1)
    defer { chunk.deallocate() }
    while prefix.count < count && !baseEnded {
      let read = try base.read(into: chunk)
      if read == 0 { baseEnded = true }
      prefix.append(contentsOf: chunk[..<read])
    }
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
    if replayed < prefix.count {
      let count = min(buffer.count, prefix.count - replayed)
      prefix.withUnsafeBytes { bytes in
        buffer.copyMemory(
          from: UnsafeRawBufferPointer(rebasing: bytes[replayed..<replayed + count]))
      }
      replayed += count
      if replayed == prefix.count {
        // The prefix is spent: free it and never look at it again.
        prefix = []
        replayed = .max
      }
      return count
    }
    return baseEnded ? 0 : try base.read(into: buffer)
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of a file (or of standard input, for the path `-`), hashed with SHA-256 as they
/// are read so that an import knows the file's identity without a second pass (on a thread of
/// their own, beside the parse: see `HashingCopier`).
///
/// Hashing can be turned off for readers that never ask for the hash (`litrev parse`): at the
/// speed of the RIS reader it was a tenth of the work.
public final class FileByteSource: ByteSource {
  public let path: String
  private let descriptor: Int32
  /// Hashes the bytes read and writes them to the copy an import keeps, if one was asked for;
  /// nil when the file is read without hashing it.
  private let hasher: HashingCopier?
  private var atEnd = false

  /// Opens `path` for reading.
  ///
  /// - Parameters:
  ///   - path: the file, or `-` for standard input.
  ///   - computesSHA256: whether to hash the bytes for ``finishSHA256()``.
  ///   - copy: a file descriptor to write every byte read to, as it is read, so that what is
  ///     kept is exactly what was parsed and hashed (standard input included).
  /// - Throws: ``IngestError/fileNotFound(path:)`` or ``IngestError/unreadable(path:reason:)``.
  public init(path: String, computesSHA256: Bool = true, copyingTo copy: Int32? = nil)
    throws(IngestError)
  {
    self.path = path
    hasher = computesSHA256 || copy != nil ? HashingCopier(path: path, copy: copy) : nil
    if path == "-" {
      descriptor = dup(STDIN_FILENO)
      return
    }
    var status = stat()
    guard stat(path, &status) == 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw .fileNotFound(path: path) }
      throw .unreadable(path: path, reason: String(cString: strerror(code)))
    }
    if (status.st_mode & S_IFMT) == S_IFDIR {
      throw .unreadable(path: path, reason: "it is a folder, not a file")
    }
    let opened = open(path, O_RDONLY)
    guard opened >= 0 else {
      throw .unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    descriptor = opened
  }

  deinit {
    close(descriptor)
  }

  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
    guard !atEnd, let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    while true {
      let count = Glibc.read(descriptor, base, buffer.count)
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: path, reason: String(cString: strerror(errno)))
      }
      if count == 0 { atEnd = true }
      if count > 0 { try hasher?.take(UnsafeRawBufferPointer(rebasing: buffer[..<count])) }
      return count
    }
  }

  /// The SHA-256 of every byte of the file, in lower-case hex.
  ///
  /// Reads what the reader left unread (trailing white space after the last record, say) so the
  /// hash covers the whole file.
  ///
  /// - Throws: ``IngestError/unreadable(path:reason:)`` when the file cannot be read, or was
  ///   opened without `computesSHA256`.
  public func finishSHA256() throws(IngestError) -> String {
    guard let hasher else {
      throw .unreadable(path: path, reason: "it was opened without computing its SHA-256")
    }
    let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
    defer { scratch.deallocate() }
    while try read(into: scratch) > 0 {}
    return try hasher.finish()
  }
}

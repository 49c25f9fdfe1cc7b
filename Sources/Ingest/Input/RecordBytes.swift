#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads back one record's bytes from an export file, by the range its reader gave in
/// ``ReviewModel/Record/originalBytes``.
public enum RecordBytes {
  /// The bytes at `range` of the content of the file at `path` (inflated, for a `.gz`).
  ///
  /// A plain file is read at the offset; a gzip file is inflated up to it, which costs a pass
  /// over what comes before (a fraction of a second for the largest PubMed file), as gzip
  /// offers no way in but from the start.
  ///
  /// - Throws: ``IngestError`` when the file is gone, unreadable, or shorter than `range`.
  public static func read(_ range: Range<Int>, from path: String) throws(IngestError) -> [UInt8] {
    let raw = PrefixedByteSource(try FileByteSource(path: path, computesSHA256: false))
    try raw.fill(upTo: 2)
    let source: any ByteSource =
      raw.prefix.starts(with: [0x1F, 0x8B]) ? try GzipByteSource(raw, path: path) : raw
    if source === raw {
      return try readPlain(range, from: path)
    }
    var skipped = 0
    var bytes: [UInt8] = []
    bytes.reserveCapacity(range.count)
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: defaultChunkSize, alignment: 1)
    defer { chunk.deallocate() }
    while bytes.count < range.count {
      let count = try source.read(into: chunk)
      guard count > 0 else { throw shortFile(path, range) }
      let start = max(range.lowerBound - skipped, 0)
      let end = min(count, range.upperBound - skipped)
      if start < end { bytes.append(contentsOf: chunk[start..<end]) }
      skipped += count
    }
    return bytes
  }

  /// The text of a record's bytes: UTF-8, or Windows-1252 where they are not valid UTF-8 (the
  /// one other encoding the text readers accept).
  public static func text(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { buffer in
      UTF8Validation.firstInvalidByte(in: UnsafeRawBufferPointer(buffer)) == nil
        ? String(decoding: buffer, as: UTF8.self) : Windows1252.decode(buffer)
    }
  }

  private static func readPlain(_ range: Range<Int>, from path: String) throws(IngestError)
    -> [UInt8]
  {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: range.count)
    var done = 0
    while done < range.count {
      let count = bytes.withUnsafeMutableBytes { buffer in
        guard let base = buffer.baseAddress else { return 0 }
        return pread(
          descriptor, base + done, range.count - done, off_t(range.lowerBound + done))
      }
      if count < 0 && errno == EINTR { continue }
      if count < 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
      guard count > 0 else { throw shortFile(path, range) }
      done += count
    }
    return bytes
  }

  private static func shortFile(_ path: String, _ range: Range<Int>) -> IngestError {
    .unreadable(
      path: path,
      reason: "it ends before byte \(range.upperBound), where a record's text should end; "
        + "the project's copy of the export was changed or cut short")
  }
}

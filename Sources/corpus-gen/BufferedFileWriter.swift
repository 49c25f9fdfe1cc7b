#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Streams bytes to a file (or standard output) through one fixed-size buffer, so that files of
/// any size are written in large blocks without ever being held in memory.
///
/// Writes do not throw, to keep the record writers fast and readable: the first I/O error is kept,
/// later writes are dropped, and ``close()`` throws it.
final class BufferedFileWriter {
  /// The path the writer was opened on, or `-` for standard output.
  let path: String
  /// Bytes handed to the writer so far, written or still buffered.
  private(set) var byteCount = 0

  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private let buffer: UnsafeMutableRawBufferPointer
  private var used = 0
  private var failure: CorpusGenError?
  private var isClosed = false

  /// Creates (or truncates) the file at `path`; `-` means standard output.
  ///
  /// - Parameters:
  ///   - path: The file to write.
  ///   - capacity: The buffer size in bytes; one `write(2)` call per buffer-full.
  /// - Throws: ``CorpusGenError/cannotOpen(path:reason:)`` when the file cannot be opened.
  init(path: String, capacity: Int = 1 << 20) throws(CorpusGenError) {
    self.path = path
    if path == "-" {
      descriptor = STDOUT_FILENO
      ownsDescriptor = false
    } else {
      let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard opened >= 0 else {
        throw .cannotOpen(path: path, reason: systemErrorMessage())
      }
      descriptor = opened
      ownsDescriptor = true
    }
    buffer = .allocate(byteCount: max(capacity, 4096), alignment: 16)
  }

  deinit {
    if !isClosed {
      flushBuffer()
      if ownsDescriptor { _ = systemClose(descriptor) }
    }
    buffer.deallocate()
  }

  /// Appends raw bytes.
  func write(bytes: UnsafeRawBufferPointer) {
    byteCount += bytes.count
    var remaining = bytes
    while !remaining.isEmpty {
      if used == buffer.count { flushBuffer() }
      let chunk = min(remaining.count, buffer.count - used)
      guard let source = remaining.baseAddress, let target = buffer.baseAddress else { return }
      (target + used).copyMemory(from: source, byteCount: chunk)
      used += chunk
      remaining = UnsafeRawBufferPointer(rebasing: remaining[chunk...])
    }
  }

  /// Appends a run of bytes.
  func write(bytes: UnsafeBufferPointer<UInt8>) {
    write(bytes: UnsafeRawBufferPointer(bytes))
  }

  /// Appends a slice of a run of bytes.
  func write(bytes: Slice<UnsafeBufferPointer<UInt8>>) {
    write(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes)))
  }

  /// Appends the UTF-8 bytes of `text` as they are.
  func write(_ text: String) {
    var text = text
    text.withUTF8 { write(bytes: $0) }
  }

  /// Appends one byte.
  func write(byte: UInt8) {
    if used == buffer.count { flushBuffer() }
    buffer[used] = byte
    used += 1
    byteCount += 1
  }

  /// Appends `value` in decimal, left-padded with zeros to at least `width` digits.
  func write(_ value: Int, width: Int = 1) {
    if value < 0 { write(byte: UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &scratch) { digits in
      var start = digits.count
      repeat {
        start -= 1
        digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      while digits.count - start < min(width, digits.count) {
        start -= 1
        digits[start] = UInt8(ascii: "0")
      }
      write(bytes: UnsafeRawBufferPointer(rebasing: digits[start...]))
    }
  }

  /// Writes out everything buffered and closes the file.
  ///
  /// - Throws: ``CorpusGenError/writeFailed(path:reason:)`` for the first write that failed.
  func close() throws(CorpusGenError) {
    guard !isClosed else { return }
    flushBuffer()
    isClosed = true
    if ownsDescriptor && systemClose(descriptor) != 0 && failure == nil {
      failure = .writeFailed(path: path, reason: systemErrorMessage())
    }
    if let failure { throw failure }
  }

  private func flushBuffer() {
    defer { used = 0 }
    guard failure == nil, used > 0, let base = buffer.baseAddress else { return }
    var offset = 0
    while offset < used {
      let written = systemWrite(descriptor, base + offset, used - offset)
      if written < 0 {
        if errno == EINTR { continue }
        failure = .writeFailed(path: path, reason: systemErrorMessage())
        return
      }
      offset += written
    }
  }
}

@available(*, unavailable)
extension BufferedFileWriter: Sendable {}

/// The C library's text for the current `errno`.
func systemErrorMessage() -> String {
  String(cString: strerror(errno))
}

private func systemWrite(
  _ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int
) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
  #elseif canImport(Musl)
    Musl.write(descriptor, bytes, count)
  #else
    Darwin.write(descriptor, bytes, count)
  #endif
}

private func systemClose(_ descriptor: Int32) -> Int32 {
  #if canImport(Glibc)
    Glibc.close(descriptor)
  #elseif canImport(Musl)
    Musl.close(descriptor)
  #else
    Darwin.close(descriptor)
  #endif
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output and standard error.
///
/// Each call is one `write(2)`; for many small writes, use a ``BufferedWriter`` over the stream
/// instead.
struct StandardStreams: Sendable {
  let descriptor: Int32

  static let output = StandardStreams(descriptor: STDOUT_FILENO)
  static let error = StandardStreams(descriptor: STDERR_FILENO)

  /// True when this stream is a terminal (so progress and colour make sense on it).
  var isTerminal: Bool { isatty(descriptor) != 0 }

  /// Writes `text` as it is.
  func write(_ text: String) {
    var text = text
    text.withUTF8 { writeAll(descriptor, UnsafeRawBufferPointer($0)) }
  }

  /// Writes `text` and a line break.
  func writeLine(_ text: String = "") {
    write(text + "\n")
  }

  /// Writes `bytes` as they are, whatever their encoding.
  func write(bytes: [UInt8]) {
    bytes.withUnsafeBytes { writeAll(descriptor, $0) }
  }
}

/// Gathers small writes into 64 KiB blocks: printing a whole corpus as JSON then costs one system
/// call per block.
///
/// Flushes when it goes away.
final class BufferedWriter {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private let capacity = 64 * 1024

  init(_ stream: StandardStreams) {
    descriptor = stream.descriptor
    buffer.reserveCapacity(capacity)
  }

  deinit {
    flush()
  }

  func write(_ text: String) {
    var text = text
    text.withUTF8 { buffer.append(contentsOf: $0) }
    if buffer.count >= capacity { flush() }
  }

  func write(bytes: some Collection<UInt8>) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= capacity { flush() }
  }

  func flush() {
    buffer.withUnsafeBytes { writeAll(descriptor, $0) }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Writes every byte, going on after partial writes and interrupted calls.
///
/// A closed pipe (`litrev parse … | head`) ends the writing quietly.
private func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) {
  guard var address = bytes.baseAddress else { return }
  var remaining = bytes.count
  while remaining > 0 {
    let written = Glibc.write(descriptor, address, remaining)
    if written < 0 {
      if errno == EINTR { continue }
      return
    }
    address += written
    remaining -= written
  }
}

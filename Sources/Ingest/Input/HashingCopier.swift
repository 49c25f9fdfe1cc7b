import Crypto
import Foundation

/// Hashes a file's bytes with SHA-256, and writes them to the copy an import keeps, on a thread
/// of its own.
///
/// An import parses on one core and stores on the other (see ``ReadAheadReader``); the parse is
/// the longer of the two, and hashing and copying were a tenth of it. Handed over a chunk at a
/// time (a copy of it: the reader reuses its buffer), they run beside it instead. At most
/// `bufferedChunks` chunks wait, so memory stays flat.
final class HashingCopier: @unchecked Sendable {
  // Sendable by hand: `hasher` and `copy` are touched by the worker thread only, until
  // `finish` has waited for it; everything else is under `condition`.
  private let path: String
  private let copy: Int32?
  private var hasher = SHA256()
  private let bufferedChunks = 4

  private let condition = NSCondition()
  private var queue: [[UInt8]] = []
  private var isFinishing = false
  private var hasEnded = false
  private var failure: IngestError?
  private var digest: String?

  /// Starts the worker; `copy`, if given, receives every byte after it is hashed.
  init(path: String, copy: Int32?) {
    self.path = path
    self.copy = copy
    let thread = Thread { [self] in run() }
    thread.name = "litrev-hash-copy"
    thread.start()
  }

  deinit {
    condition.lock()
    isFinishing = true
    condition.broadcast()
    while !hasEnded { condition.wait() }
    condition.unlock()
  }

  /// Hands over the next bytes of the file.
  ///
  /// - Throws: ``IngestError/copyFailed(path:reason:)`` once writing the copy has failed.
  func take(_ bytes: UnsafeRawBufferPointer) throws(IngestError) {
    let chunk = [UInt8](bytes)
    condition.lock()
    defer { condition.unlock() }
    while queue.count >= bufferedChunks && failure == nil { condition.wait() }
    if let failure { throw failure }
    queue.append(chunk)
    condition.broadcast()
  }

  /// Waits for every byte handed over to be hashed and copied; returns the hash in hex.
  func finish() throws(IngestError) -> String {
    condition.lock()
    defer { condition.unlock() }
    isFinishing = true
    condition.broadcast()
    while !hasEnded { condition.wait() }
    if let failure { throw failure }
    return digest ?? ""
  }

  private func run() {
    while let chunk = next() {
      chunk.withUnsafeBytes { bytes in hasher.update(bufferPointer: bytes) }
      if let copy, let error = Self.write(chunk, to: copy) {
        condition.lock()
        failure = .copyFailed(path: path, reason: error)
        condition.unlock()
      }
    }
    let hex = hasher.finalize().map { byte in
      let digits = String(byte, radix: 16)
      return byte < 16 ? "0" + digits : digits
    }.joined()
    condition.lock()
    digest = hex
    hasEnded = true
    condition.broadcast()
    condition.unlock()
  }

  /// The next chunk, or nil once the reader has finished (or the copy failed) and none is left.
  private func next() -> [UInt8]? {
    condition.lock()
    defer { condition.unlock() }
    while queue.isEmpty && !isFinishing && failure == nil { condition.wait() }
    guard failure == nil, !queue.isEmpty else { return nil }
    let chunk = queue.removeFirst()
    condition.broadcast()
    return chunk
  }

  /// Writes every byte of `chunk`; the reason it could not, or nil.
  private static func write(_ chunk: [UInt8], to descriptor: Int32) -> String? {
    chunk.withUnsafeBytes { bytes in
      var written = 0
      while written < bytes.count, let base = bytes.baseAddress {
        let count = Foundation.write(descriptor, base + written, bytes.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          return String(cString: strerror(errno))
        }
        written += count
      }
      return nil
    }
  }
}

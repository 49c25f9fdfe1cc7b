import Ingest

/// A byte source over bytes in memory that hands them out a few at a time, in a repeating
/// pattern of read sizes, so that a reader meets a chunk boundary everywhere: inside a tag,
/// between a CR and its LF, inside a UTF-8 sequence, inside the byte order mark.
final class TrickleByteSource: ByteSource {
  private let bytes: [UInt8]
  private let readSizes: [Int]
  private var offset = 0
  private var turn = 0

  /// Serves `bytes` in reads of `readSizes[0]`, `readSizes[1]`, … bytes, round and round.
  init(_ bytes: [UInt8], readSizes: [Int] = Array(1...7)) {
    self.bytes = bytes
    self.readSizes = readSizes
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
    guard offset < bytes.count, !buffer.isEmpty else { return 0 }
    let size = min(readSizes[turn % readSizes.count], buffer.count, bytes.count - offset)
    turn += 1
    buffer.copyBytes(from: bytes[offset..<offset + size])
    offset += size
    return size
  }
}

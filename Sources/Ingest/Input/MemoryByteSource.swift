/// Bytes already in memory, served as a stream: for tests, fuzzing and small inputs.
public final class MemoryByteSource: ByteSource {
  private let bytes: [UInt8]
  private var offset = 0
  /// The most bytes one read hands out; small values exercise readers' chunk boundaries.
  private let maximumRead: Int

  public init(_ bytes: [UInt8], maximumRead: Int = .max) {
    self.bytes = bytes
    self.maximumRead = max(1, maximumRead)
  }

  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
    let count = min(buffer.count, bytes.count - offset, maximumRead)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { all in
      buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: all[offset..<offset + count]))
    }
    offset += count
    return count
  }
}

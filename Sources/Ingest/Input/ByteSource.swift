/// A stream of bytes that readers pull in chunks: a file, a gzip stream, standard input.
public protocol ByteSource: AnyObject {
  /// Fills the front of `buffer` with the next bytes and returns how many; 0 at the end.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int
}

/// The size of the chunks readers pull: large enough that per-call costs vanish, small enough
/// to keep memory flat.
public let defaultChunkSize = 1 << 20

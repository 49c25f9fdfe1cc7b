import CLibZ

/// The inflated bytes of a gzip stream, pulled from another source chunk by chunk.
///
/// Several concatenated gzip members are read as one stream, as `gzip -d` does. zlib does the
/// work; this class only owns its stream.
public final class GzipByteSource: ByteSource {
  private let compressed: any ByteSource
  private let path: String
  private var stream = z_stream()
  private let input: UnsafeMutableRawBufferPointer
  private var streamEnded = false
  private var inputEnded = false

  /// Inflates `compressed`, whose name `path` appears in errors.
  public init(_ compressed: any ByteSource, path: String) throws(IngestError) {
    self.compressed = compressed
    self.path = path
    input = .allocate(byteCount: 1 << 18, alignment: 1)
    guard czlib_inflate_init_gzip(&stream) == Z_OK else {
      input.deallocate()
      throw .unreadable(path: path, reason: "zlib could not start inflating")
    }
  }

  deinit {
    inflateEnd(&stream)
    input.deallocate()
  }

  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
    guard let out = buffer.baseAddress, buffer.count > 0 else { return 0 }
    stream.next_out = out.assumingMemoryBound(to: Bytef.self)
    stream.avail_out = UInt32(clamping: buffer.count)
    while stream.avail_out > 0 {
      if stream.avail_in == 0 && !inputEnded {
        let count = try compressed.read(into: input)
        if count == 0 {
          inputEnded = true
        } else {
          stream.next_in = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
          stream.avail_in = UInt32(count)
        }
      }
      if streamEnded {
        // A gzip file may hold several members one after another; go on with the next.
        guard stream.avail_in > 0 else { break }
        guard inflateReset(&stream) == Z_OK else { throw damaged("cannot restart inflating") }
        streamEnded = false
      }
      if stream.avail_in == 0 && inputEnded {
        break
      }
      let status = inflate(&stream, Z_NO_FLUSH)
      switch status {
      case Z_OK, Z_BUF_ERROR:
        continue
      case Z_STREAM_END:
        streamEnded = true
      default:
        let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
        throw damaged(message)
      }
    }
    let produced = buffer.count - Int(stream.avail_out)
    if produced == 0 && inputEnded && !streamEnded {
      throw damaged("the gzip stream is truncated")
    }
    return produced
  }

  private func damaged(_ message: String) -> IngestError {
    .damagedCompression(path: path, offset: Int(stream.total_in), reason: message)
  }
}

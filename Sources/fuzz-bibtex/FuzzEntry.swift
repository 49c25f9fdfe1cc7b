import Foundation
import Ingest

#if LITREV_FUZZ
  /// libFuzzer's entry point: `make fuzz` builds this target with `-sanitize=fuzzer,address`.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.read(Array(UnsafeBufferPointer(start: data, count: size)), with: .bibtex)
    return 0
  }
#else
  /// Without libFuzzer, replays inputs given as files: how a crash the fuzzer found is reproduced.
  @main
  struct Replay {
    static func main() throws {
      for path in CommandLine.arguments.dropFirst() {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        print("\(path): \(FuzzHarness.read(bytes, with: .bibtex)) records")
      }
    }
  }
#endif

import Foundation
import Ingest

#if LITREV_FUZZ
  import CLibFuzzer

  /// The reader this run fuzzes, chosen once from `LITREV_FUZZ_READER` before libFuzzer starts.
  nonisolated(unsafe) private var fuzzedReader = FuzzHarness.Reader.ris

  /// libFuzzer's entry point: called with each input it makes.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzHarness.read(Array(UnsafeBufferPointer(start: data, count: size)), with: fuzzedReader)
    return 0
  }

  /// The executable's entry point under `make fuzz` (SwiftPM links `main` to
  /// `fuzz_readers_main`): picks the reader, then hands the command line to libFuzzer's driver.
  @_cdecl("fuzz_readers_main")
  public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    let name = ProcessInfo.processInfo.environment["LITREV_FUZZ_READER"] ?? ""
    guard let reader = FuzzHarness.Reader(name: name) else {
      FileHandle.standardError.write(Data(FuzzHarness.Reader.usage.utf8))
      return 64
    }
    fuzzedReader = reader
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput)
  }
#else
  /// Without libFuzzer, replays inputs given as files (`fuzz-readers READER FILE…`): how a
  /// crash the fuzzer found is reproduced.
  @main
  struct Replay {
    static func main() throws {
      let arguments = CommandLine.arguments.dropFirst()
      guard let name = arguments.first, let reader = FuzzHarness.Reader(name: name) else {
        FileHandle.standardError.write(Data(FuzzHarness.Reader.usage.utf8))
        exit(64)
      }
      for path in arguments.dropFirst() {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        print("\(path): \(FuzzHarness.read(bytes, with: reader)) records")
      }
    }
  }
#endif

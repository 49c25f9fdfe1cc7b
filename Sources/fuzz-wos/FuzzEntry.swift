import Foundation
import Ingest

#if LITREV_FUZZ
  import CLibFuzzer

  /// libFuzzer's entry point: called with each input it makes.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzHarness.read(Array(UnsafeBufferPointer(start: data, count: size)), with: .webOfScience)
    return 0
  }

  /// The executable's entry point under `make fuzz` (SwiftPM links `main` to `fuzz_wos_main`):
  /// hands the command line to libFuzzer's driver.
  @_cdecl("fuzz_wos_main")
  public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput)
  }
#else
  /// Without libFuzzer, replays inputs given as files: how a crash the fuzzer found is reproduced.
  @main
  struct Replay {
    static func main() throws {
      for path in CommandLine.arguments.dropFirst() {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        print("\(path): \(FuzzHarness.read(bytes, with: .webOfScience)) records")
      }
    }
  }
#endif

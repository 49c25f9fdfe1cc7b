import BenchSupport
import Foundation

/// `litrev-bench`: measures litrev's readers and import against `xmllint --stream` on the same
/// generated files, in one run, interleaving the commands and taking medians.
///
/// Usage: `litrev-bench --bin DIR [--records N] [--runs K] [--work DIR]`, where DIR holds the
/// release builds of `litrev` and `corpus-gen`.
@main
struct Bench {
  static func main() {
    do {
      let options = try BenchOptions(CommandLine.arguments.dropFirst())
      try BenchRun(options).run()
    } catch {
      FileHandle.standardError.write(Data("litrev-bench: \(error)\n".utf8))
      exit(1)
    }
  }
}

/// The command line of `litrev-bench`.
struct BenchOptions {
  var binFolder = ".build/release"
  var records = 30_000
  var runs = 3
  var workFolder = ".build/bench"
  var xmllint = "/usr/bin/xmllint"

  init(_ arguments: ArraySlice<String>) throws {
    try readFlags(arguments) { flag, value in
      switch flag {
      case "--bin": binFolder = value
      case "--records": records = try positiveWholeNumber(value, for: flag)
      case "--runs": runs = try positiveWholeNumber(value, for: flag)
      case "--work": workFolder = value
      case "--xmllint": xmllint = value
      default: throw BenchError("unknown option \(flag)")
      }
    }
  }
}

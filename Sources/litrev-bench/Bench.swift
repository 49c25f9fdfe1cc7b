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
    var rest = arguments
    while let flag = rest.popFirst() {
      guard let value = rest.popFirst() else { throw BenchError("\(flag) needs a value") }
      switch flag {
      case "--bin": binFolder = value
      case "--records": records = try Self.number(value, flag)
      case "--runs": runs = try Self.number(value, flag)
      case "--work": workFolder = value
      case "--xmllint": xmllint = value
      default: throw BenchError("unknown option \(flag)")
      }
    }
  }

  private static func number(_ text: String, _ flag: String) throws -> Int {
    guard let value = Int(text), value > 0 else {
      throw BenchError("\(flag) takes a positive whole number")
    }
    return value
  }
}

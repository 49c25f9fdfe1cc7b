import BenchSupport
import Foundation
import ReviewCommands

#if canImport(Glibc)
  import Glibc
#endif

/// `screening-bench`: `litrev screen --auto` over a large generated project, and the time from a
/// key press to the next record drawn while a reviewer screens that project.
///
/// Usage: `screening-bench --bin DIR --protocol FILE [--records N] [--runs K] [--keys K]
/// [--work DIR]`, where DIR holds the release builds of `litrev` and `corpus-gen` and FILE is
/// the protocol whose rules run (the example review's).
///
/// Each run starts from a copy of one imported project, so every `screen --auto` does the whole
/// job; the key presses run in this process on another copy (see `KeyPressLatency`).
@main
struct ScreeningBench {
  static func main() {
    do {
      try run(ScreeningBenchOptions(CommandLine.arguments.dropFirst()))
    } catch {
      FileHandle.standardError.write(Data("screening-bench: \(error)\n".utf8))
      exit(1)
    }
  }

  private static func run(_ options: ScreeningBenchOptions) throws {
    let files = FileManager.default
    let work = URL(fileURLWithPath: options.workFolder).standardizedFileURL
    try files.createDirectory(at: work, withIntermediateDirectories: true)
    let tool = { (name: String) in
      URL(fileURLWithPath: options.binFolder).appendingPathComponent(name).standardizedFileURL.path
    }
    let xml = work.appendingPathComponent("pubmed-\(options.records).xml").path
    if !files.fileExists(atPath: xml) {
      note("generating \(xml)…")
      try check(
        [
          tool("corpus-gen"), "pubmed", "--count", String(options.records), "--seed", "2024",
          "--output", xml,
        ], "corpus-gen")
    }
    let template = work.appendingPathComponent("screening-template-\(options.records)")
    if !files.fileExists(atPath: template.appendingPathComponent("done").path) {
      note("importing \(options.records) records into \(template.path)…")
      try? files.removeItem(at: template)
      try check([tool("litrev"), "init", template.path], "litrev init")
      let protocolCopy = template.appendingPathComponent("protocol.yaml")
      try files.removeItem(at: protocolCopy)
      try files.copyItem(at: URL(fileURLWithPath: options.protocolPath), to: protocolCopy)
      try check(
        [tool("litrev"), "import", xml, "--source", "PubMed", "--project", template.path],
        "litrev import")
      _ = files.createFile(atPath: template.appendingPathComponent("done").path, contents: nil)
    }

    let copy = work.appendingPathComponent("screening-run")
    var automatic: [ProcessMeasurement] = []
    for round in 1...options.runs {
      note("screen --auto, run \(round) of \(options.runs)…")
      try fresh(copy, from: template)
      let measured = try ChildProcess.measure(
        [tool("litrev"), "screen", "--auto", "--project", copy.path])
      guard measured.status == 0 else {
        throw BenchError("screen --auto exited \(measured.status)")
      }
      automatic.append(measured)
    }

    note("\(options.keys) key presses…")
    try fresh(copy, from: template)
    try check([tool("litrev"), "screen", "--auto", "--project", copy.path], "screen --auto")
    let latency = try KeyPressLatency.measure(folder: copy, reviewer: "bench", count: options.keys)
    try? files.removeItem(at: copy)

    let seconds = automatic.map(\.seconds).sorted()[automatic.count / 2]
    let peak = automatic.map(\.peakResidentBytes).max() ?? 0
    let presses = latency.keyPresses.map(\.milliseconds).sorted()
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print(
      """
      screening-bench: \(options.records) records
        screen --auto: \(String(format: "%.2f", seconds)) s (median of \(options.runs)), \
      \(String(format: "%.0f", Double(options.records) / seconds)) records/s, \
      peak RSS \(String(format: "%.1f", Double(peak) / 1_000_000)) MB; target under 5 s
        key press to next record drawn, \(presses.count) presses over a queue of \
      \(latency.queued): p50 \(format(percentile(presses, 0.50))) ms, \
      p90 \(format(percentile(presses, 0.90))) ms, p99 \(format(percentile(presses, 0.99))) ms, \
      max \(format(presses.last ?? 0)) ms; target p99 under 20 ms
        building the queue before the first record: \
      \(format(latency.queueSetup.milliseconds)) ms; this process's peak RSS \
      \(String(format: "%.1f", Double(usage.ru_maxrss) / 1024)) MB
      """)
  }

  private static func fresh(_ copy: URL, from template: URL) throws {
    try? FileManager.default.removeItem(at: copy)
    try FileManager.default.copyItem(at: template, to: copy)
  }

  private static func check(_ arguments: [String], _ name: String) throws {
    let measured = try ChildProcess.measure(arguments)
    guard measured.status == 0 else { throw BenchError("\(name) exited \(measured.status)") }
  }

  private static func note(_ text: String) {
    FileHandle.standardError.write(Data("\(text)\n".utf8))
  }

  /// The value below which `share` of the sorted `values` lie (nearest rank).
  private static func percentile(_ sorted: [Double], _ share: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((share * Double(sorted.count)).rounded(.up))
    return sorted[min(max(rank - 1, 0), sorted.count - 1)]
  }

  private static func format(_ milliseconds: Double) -> String {
    String(format: "%.2f", milliseconds)
  }
}

extension Duration {
  fileprivate var milliseconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) * 1000 + Double(attoseconds) / 1e15
  }
}

/// The command line of `screening-bench`.
struct ScreeningBenchOptions {
  var binFolder = ".build/release"
  var protocolPath = "Corpus/protocol.yaml"
  var records = 100_000
  var runs = 3
  var keys = 2_000
  var workFolder = ".build/bench"

  init(_ arguments: ArraySlice<String>) throws {
    try readFlags(arguments) { flag, value in
      switch flag {
      case "--bin": binFolder = value
      case "--protocol": protocolPath = value
      case "--records": records = try positiveWholeNumber(value, for: flag)
      case "--runs": runs = try positiveWholeNumber(value, for: flag)
      case "--keys": keys = try positiveWholeNumber(value, for: flag)
      case "--work": workFolder = value
      default: throw BenchError("unknown option \(flag)")
      }
    }
  }
}

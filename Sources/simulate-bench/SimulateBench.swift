import Foundation
import Prioritisation

/// `make bench`: `litrev simulate` on every labelled set beside ASReview LAB's own simulation
/// with the same priors and seeds, and one retrain + re-rank at 10,000 generated records.
///
/// ASReview's metrics are computed from the order it screened in (its project's `results`
/// table) with the same ``ScreeningMetrics`` ours use, so the two columns are comparable.
@main
struct SimulateBench {
  static func main() throws {
    var arguments = CommandLine.arguments.dropFirst()
    var litrev = ".build/release/litrev"
    var sets = "../shared/screening"
    var seeds = 5
    var asreview: String?
    var work = ".build/simulate-bench"
    while let argument = arguments.popFirst() {
      switch argument {
      case "--litrev": litrev = arguments.popFirst() ?? litrev
      case "--sets": sets = arguments.popFirst() ?? sets
      case "--seeds": seeds = Int(arguments.popFirst() ?? "") ?? seeds
      case "--asreview": asreview = arguments.popFirst()
      case "--work": work = arguments.popFirst() ?? work
      default:
        FileHandle.standardError.write(Data("simulate-bench: unknown argument \(argument)\n".utf8))
        exit(64)
      }
    }
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    let files = try FileManager.default.contentsOfDirectory(atPath: sets)
      .filter { $0.hasSuffix(".csv") }.sorted()
    if let asreview, !FileManager.default.isExecutableFile(atPath: asreview) {
      print("ASReview LAB is not installed (\(asreview) missing): litrev's numbers alone.")
    }
    let usable = asreview.flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }
    print("Prioritised screening, mean of \(seeds) seeds, 1 prior include and 1 prior exclude")
    print(
      pad("set", 34) + pad("tool", 10) + pad("WSS@95", 9) + pad("RRF@10", 9) + pad("ATD", 9)
        + pad("wall s", 9))
    for file in files {
      let path = sets + "/" + file
      var ours: [Outcome] = []
      var theirs: [Outcome] = []
      for seed in 0..<seeds {
        let run = try SimulationRun.litrev(litrev, file: path, seed: seed)
        ours.append(run.outcome)
        if let usable {
          theirs.append(
            try SimulationRun.asreview(
              usable, file: path, seed: seed, priors: run.priors, records: run.records,
              work: work))
        }
      }
      print(row(file, "litrev", ours))
      if !theirs.isEmpty {
        print(row(file, "asreview", theirs))
        let ratio = theirs.map(\.wallSeconds).reduce(0, +) / ours.map(\.wallSeconds).reduce(0, +)
        print(pad("", 34) + "litrev is \(String(format: "%.1f", ratio))× faster")
      }
    }
    RetrainTiming.measure(records: 10_000, decided: 1_000)
  }

  static func row(_ file: String, _ tool: String, _ outcomes: [Outcome]) -> String {
    func mean(_ value: (Outcome) -> Double) -> Double {
      outcomes.map(value).reduce(0, +) / Double(max(outcomes.count, 1))
    }
    return pad(file, 34) + pad(tool, 10) + pad(String(format: "%.1f%%", 100 * mean(\.wss95)), 9)
      + pad(String(format: "%.1f%%", 100 * mean(\.rrf10)), 9)
      + pad(String(format: "%.1f", mean(\.atd)), 9)
      + pad(String(format: "%.2f", mean(\.wallSeconds)), 9)
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}

/// One simulation's metrics and how long it took.
struct Outcome {
  var wss95: Double
  var rrf10: Double
  var atd: Double
  var wallSeconds: Double

  init(metrics: ScreeningMetrics, wallSeconds: Double) {
    wss95 = metrics.workSavedOverSampling(atRecall: 0.95)
    rrf10 = metrics.recall(afterScreening: 0.1)
    atd = metrics.averageTimeToDiscovery
    self.wallSeconds = wallSeconds
  }
}

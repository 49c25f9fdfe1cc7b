import Foundation
import Prioritisation

/// What `litrev simulate` prints: one row per run, then the means.
struct SimulationReport {
  var file: String
  var records: Int
  var included: Int
  var classifier: Classifier
  var priors: ScreeningSimulation.Priors
  var runs: [ScreeningSimulation.Run]
  var wallSeconds: Double

  /// One run's numbers, as printed and as JSON.
  struct Row: Encodable {
    var seed: UInt64
    /// The rows of the prior records, from 0 for the first record (ASReview's `--prior-idx`).
    var priors: [Int]
    var wss95: Double
    var wss100: Double
    var rrf10: Double
    var atd: Double
    /// Records screened, priors included, when the stopping test fired.
    var stoppedAfter: Int?
    var recallAtStop: Double?
    var retrains: Int
    var millisecondsPerRetrain: Double
  }

  var rows: [Row] {
    runs.map { run in
      Row(
        seed: run.seed, priors: run.priors,
        wss95: run.metrics.workSavedOverSampling(atRecall: 0.95),
        wss100: run.metrics.workSavedOverSampling(atRecall: 1),
        rrf10: run.metrics.recall(afterScreening: 0.1), atd: run.metrics.averageTimeToDiscovery,
        stoppedAfter: run.stoppedAfter, recallAtStop: run.recallAtStop, retrains: run.retrains,
        millisecondsPerRetrain: run.retrains > 0
          ? 1000 * run.retrainSeconds / Double(run.retrains) : 0)
    }
  }

  /// The mean of each column over the runs (a run whose test never fired counts as stopping
  /// after every record).
  var mean: Row {
    let rows = rows
    func average(_ value: (Row) -> Double) -> Double {
      rows.map(value).reduce(0, +) / Double(max(rows.count, 1))
    }
    return Row(
      seed: 0, priors: [], wss95: average(\.wss95), wss100: average(\.wss100),
      rrf10: average(\.rrf10),
      atd: average(\.atd),
      stoppedAfter: Int(average { Double($0.stoppedAfter ?? records) }.rounded()),
      recallAtStop: average { $0.recallAtStop ?? 1 },
      retrains: Int(average { Double($0.retrains) }),
      millisecondsPerRetrain: average(\.millisecondsPerRetrain))
  }

  func render() -> String {
    var table = TextTable(
      headers: [
        "Run", "Seed", "WSS@95", "WSS@100", "RRF@10", "ATD", "Stopped after", "Recall there",
        "ms/retrain",
      ],
      rightAligned: Set(0..<9))
    func cells(_ label: String, _ row: Row) -> [String] {
      [
        label, label == "mean" ? "" : String(row.seed), percent(row.wss95), percent(row.wss100),
        percent(row.rrf10), String(format: "%.1f", row.atd),
        row.stoppedAfter.map(String.init) ?? "never",
        row.recallAtStop.map(percent) ?? "", String(format: "%.2f", row.millisecondsPerRetrain),
      ]
    }
    for (index, row) in rows.enumerated() { table.rows.append(cells(String(index + 1), row)) }
    if runs.count > 1 { table.rows.append(cells("mean", mean)) }
    return "\(file): \(records) records, \(included) included; \(runs.count) run"
      + (runs.count == 1 ? "" : "s") + " from \(priors.included) include"
      + (priors.included == 1 ? "" : "s") + " and \(priors.excluded) exclude"
      + (priors.excluded == 1 ? "" : "s") + ", \(classifier.rawValue) model\n" + table.render()
      + "Stopping test: 95% recall at 95% confidence. Wall time \(String(format: "%.2f", wallSeconds)) s.\n"
  }

  func json() -> String {
    struct Document: Encodable {
      var file: String
      var records: Int
      var included: Int
      var classifier: String
      var priorIncluded: Int
      var priorExcluded: Int
      var runs: [Row]
      var mean: Row
      var wallSeconds: Double
    }
    let document = Document(
      file: file, records: records, included: included, classifier: classifier.rawValue,
      priorIncluded: priors.included, priorExcluded: priors.excluded, runs: rows, mean: mean,
      wallSeconds: wallSeconds)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    guard let data = try? encoder.encode(document) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private func percent(_ value: Double) -> String { String(format: "%.1f%%", 100 * value) }
}

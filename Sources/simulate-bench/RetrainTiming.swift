import Foundation
import Prioritisation

/// Times one retrain and re-rank on generated records, as the screen does after a decision.
enum RetrainTiming {
  /// Prints the median of seven retrains on `decided` of `records` generated records.
  static func measure(records: Int, decided: Int) {
    var generator = SeededGenerator(seed: 1)
    // A vocabulary of 5,000 made-up words, drawn with a skew so that some are common.
    let vocabulary = (0..<5_000).map { "w\($0)" }
    let texts = (0..<records).map { _ in
      let words = (0..<180).map { _ -> String in
        let a = generator.index(below: vocabulary.count)
        let b = generator.index(below: vocabulary.count)
        return vocabulary[min(a, b)]
      }
      return ScreeningText(
        title: words.prefix(12).joined(separator: " "),
        abstract: words.dropFirst(12).joined(separator: " "))
    }
    let extractor = TermExtractor()
    let (vectors, dimension) = TFIDFVectorizer().vectors(of: texts.map(extractor.terms(of:)))
    let examples = (0..<decided).map {
      TrainingExample(vector: vectors[$0], isIncluded: $0 % 20 == 0)
    }
    let candidates = Array(decided..<records)
    let clock = ContinuousClock()
    var times: [Double] = []
    for round in 0..<7 {
      let elapsed = clock.measure {
        let model = Classifier.default.train(examples, dimension: dimension, seed: UInt64(round))
        _ = RelevanceRanking.ranked(candidates, vectors: vectors, model: model)
      }
      times.append(
        Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    times.sort()
    print(
      "One retrain (\(decided) decisions) and re-rank (\(records - decided) records) at "
        + "\(records) generated records, \(dimension) terms: median "
        + "\(String(format: "%.1f", times[times.count / 2])) ms of \(times.count)")
  }
}

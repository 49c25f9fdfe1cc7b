import Prioritisation
import Testing

struct ScreeningSimulationTests {
  /// 60 records: 6 about podcasts for trainees (relevant), 54 about other things.
  static func set() -> (texts: [ScreeningText], labels: [Bool]) {
    var texts: [ScreeningText] = []
    var labels: [Bool] = []
    let topics = [
      "surgery audit", "cardiac imaging", "renal dialysis", "hip fracture",
      "asthma inhalers", "diabetes diet",
    ]
    for index in 0..<60 {
      if index % 10 == 3 {
        texts.append(
          ScreeningText(
            title: "Podcasts for trainees \(index)",
            abstract: "medical podcasts help trainees learn"))
        labels.append(true)
      } else {
        let topic = topics[index % topics.count]
        texts.append(
          ScreeningText(
            title: "\(topic) outcomes", abstract: "a cohort of patients with \(topic)"))
        labels.append(false)
      }
    }
    return (texts, labels)
  }

  @Test func findsTheRelevantRecordsFirstAndStops() throws {
    let (texts, labels) = Self.set()
    let run = try ScreeningSimulation(texts: texts, labels: labels).run(seed: 5)
    #expect(run.priors.count == 2)
    // Five relevant are left after the prior include; they come first.
    #expect(run.order.prefix(5).allSatisfy { labels[$0] })
    #expect(run.metrics.averageTimeToDiscovery == 3)
    #expect(run.metrics.workSavedOverSampling(atRecall: 1) > 0.8)
    #expect(run.retrains == 5)
    let stop = try #require(run.stoppedAfter)
    #expect(stop > 7)
    #expect(run.recallAtStop == 1)
  }

  @Test func theSameSeedReplaysTheSameScreening() throws {
    let (texts, labels) = Self.set()
    let simulation = ScreeningSimulation(texts: texts, labels: labels)
    let first = try simulation.run(seed: 11)
    let second = try simulation.run(seed: 11)
    #expect(first.priors == second.priors)
    #expect(first.order == second.order)
    #expect(try simulation.run(seed: 12).priors != first.priors)
  }

  @Test func refusesASetWithTooFewIncludes() {
    let texts = [ScreeningText(title: "a", abstract: ""), ScreeningText(title: "b", abstract: "")]
    #expect(throws: ScreeningSimulation.SimulationError.self) {
      try ScreeningSimulation(texts: texts, labels: [true, false]).run(seed: 1)
    }
  }
}

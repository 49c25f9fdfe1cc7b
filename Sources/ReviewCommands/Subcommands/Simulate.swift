import ArgumentParser
import Foundation
import Prioritisation

extension Classifier: ExpressibleByArgument {}

extension LitRev {
  /// `litrev simulate LABELLED.csv`: replays prioritised screening on a set whose answers are
  /// known, to measure how much reading the model would have saved.
  struct Simulate: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Replay prioritised screening on a labelled set and measure the work it saves.",
      discussion: """
        The set is a CSV file in ASReview's layout: a title column, an abstract and keywords \
        when present, and a label column of 1 (included) and 0 (excluded). Each run draws \
        --prior-included includes and --prior-excluded excludes at random as prior knowledge, \
        then retrains the model after every decision and screens the record it ranks first. \
        Run r uses seed --seed + r. It prints, per run and on average, WSS@95 and WSS@100 \
        (work saved over sampling at 95% and 100% recall), RRF@10 (relevant records found \
        after screening 10%), ATD (average time to discovery, in records), all with the prior \
        records left out as ASReview's insights extension counts them; when the stopping test \
        (95% recall at 95% confidence) would have fired and the recall there; and the mean \
        time of one retrain and re-rank. No project is needed.
        """
    )

    @Argument(help: "The labelled CSV file.")
    var file: String

    @Option(help: "The column that holds the labels.")
    var labelColumn = "label_included"

    @Option(help: "The seed of the first run.")
    var seed: UInt64 = 0

    @Option(help: "How many runs, with seeds --seed, --seed + 1, ….")
    var runs = 1

    @Option(help: "How many included records to start from.")
    var priorIncluded = 1

    @Option(help: "How many excluded records to start from.")
    var priorExcluded = 1

    @Option(help: "The learner: weighted-svm (the default), logistic, svm or bayes.")
    var classifier: Classifier = .default

    @Flag(help: "Print the runs and their means as JSON.")
    var json = false

    @Option(help: "Also draw the recall curves, with the random-order diagonal, as SVG.")
    var svg: String?

    func validate() throws {
      guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
      guard priorIncluded >= 1, priorExcluded >= 1 else {
        throw ValidationError("--prior-included and --prior-excluded must be at least 1.")
      }
    }

    func execute() async throws(CommandFailure) {
      let set: LabelledSet
      do {
        set = try LabelledSet.read(path: file, labelColumn: labelColumn)
      } catch {
        throw CommandFailure(error)
      }
      let simulation = ScreeningSimulation(
        texts: set.texts, labels: set.labels, classifier: classifier)
      let priors = ScreeningSimulation.Priors(included: priorIncluded, excluded: priorExcluded)
      let started = ContinuousClock.now
      let results: [ScreeningSimulation.Run]
      do {
        results = try await Self.replay(
          simulation, seeds: (0..<runs).map { seed &+ UInt64($0) }, priors: priors)
      } catch {
        throw CommandFailure("\(file): \(error)", exitCode: .dataError)
      }
      let wallSeconds = (ContinuousClock.now - started).seconds
      let report = SimulationReport(
        file: file, records: set.labels.count, included: set.labels.count { $0 },
        classifier: classifier, priors: priors, runs: results, wallSeconds: wallSeconds)
      if let svg {
        let title = "\(URL(fileURLWithPath: file).lastPathComponent): recall by records screened"
        do {
          try RecallCurveSVG.render(results, title: title)
            .write(toFile: svg, atomically: true, encoding: .utf8)
        } catch {
          throw CommandFailure(
            "\(svg): cannot write: \(error.localizedDescription)", exitCode: .ioError)
        }
      }
      StandardStreams.output.write(json ? report.json() : report.render())
    }

    /// Runs the replays side by side, one task each, and returns them in seed order.
    private static func replay(
      _ simulation: ScreeningSimulation, seeds: [UInt64], priors: ScreeningSimulation.Priors
    ) async throws -> [ScreeningSimulation.Run] {
      try await withThrowingTaskGroup(of: ScreeningSimulation.Run.self) { group in
        for seed in seeds {
          group.addTask { try simulation.run(seed: seed, priors: priors) }
        }
        var runs: [ScreeningSimulation.Run] = []
        for try await run in group { runs.append(run) }
        return runs.sorted { $0.seed < $1.seed }
      }
    }
  }
}

extension Duration {
  /// The duration in seconds, as a fraction.
  var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }
}

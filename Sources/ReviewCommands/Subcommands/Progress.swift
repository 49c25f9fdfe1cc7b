import ArgumentParser
import Foundation
import Prioritisation
import ReviewStore
import Screening

extension LitRev {
  /// `litrev progress`: how far a reviewer's title/abstract screening has come, and whether
  /// the stopping test says it may end.
  struct Progress: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a reviewer's screening progress and whether it is safe to stop.",
      discussion: """
        Counts the reviewer's title/abstract decisions (a maybe counts as an include), the \
        excludes since the last include, and estimates the relevant records still unseen from \
        the include rate of the last 100 decisions. The stopping test is Callaghan and \
        Müller-Hansen's (2020): the latest decisions are taken as a random sample of the \
        records not yet screened, and a hypergeometric test rejects, or not, the hypothesis \
        that recall is still below the target. It is met when p < 1 − confidence.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @OptionGroup(title: "Stopping test")
    var stopping: StoppingTestOptions

    @Flag(help: "Print the progress as JSON.")
    var json = false

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let progress: ScreeningProgress
      do {
        let loaded = try ProtocolLoader().load(path: location.protocolPath)
        progress = try ReviewerScreening(store: store, loaded: loaded, reviewer: project.actor)
          .progress(test: stopping.test)
      } catch {
        throw CommandFailure(error)
      }
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        if let data = try? encoder.encode(ProgressJSON(reviewer: project.actor, progress: progress))
        {
          StandardStreams.output.writeLine(String(decoding: data, as: UTF8.self))
        }
        return
      }
      StandardStreams.output.write(Self.render(progress, reviewer: project.actor))
    }

    static func render(_ progress: ScreeningProgress, reviewer: String) -> String {
      let target = Int((progress.recallTarget * 100).rounded())
      let confidence = Int((progress.confidence * 100).rounded())
      let verdict =
        progress.stopping.isMet
        ? "met: recall is at least \(target)% at \(confidence)% confidence"
        : "not met: recall of \(target)% is not yet shown at \(confidence)% confidence"
      return """
        \(reviewer) at title and abstract:
          screened                      \(progress.screened) of \(progress.total)
          includes found                \(progress.includes)
          excludes since last include   \(progress.excludesSinceLastInclude)
          relevant unseen (estimate)    \(String(format: "%.1f", progress.estimatedRelevantUnseen)) \
        (include rate of the last \(progress.window))
          stopping test                 \(verdict) (p = \(String(format: "%.4g", progress.stopping.pValue)), \
        confidence reached \(String(format: "%.1f", 100 * progress.confidenceReached))%)

        """
    }
  }
}

/// `litrev progress --json`.
private struct ProgressJSON: Encodable {
  var reviewer: String
  var screened: Int
  var total: Int
  var includes: Int
  var excludesSinceLastInclude: Int
  var estimatedRelevantUnseen: Double
  var stoppingCriterionMet: Bool
  var pValue: Double
  var confidenceReached: Double
  var recallTarget: Double
  var confidence: Double

  init(reviewer: String, progress: ScreeningProgress) {
    self.reviewer = reviewer
    screened = progress.screened
    total = progress.total
    includes = progress.includes
    excludesSinceLastInclude = progress.excludesSinceLastInclude
    estimatedRelevantUnseen = progress.estimatedRelevantUnseen
    stoppingCriterionMet = progress.stopping.isMet
    pValue = progress.stopping.pValue
    confidenceReached = progress.confidenceReached
    recallTarget = progress.recallTarget
    confidence = progress.confidence
  }
}

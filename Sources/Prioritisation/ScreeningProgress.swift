/// Where one reviewer's screening stands, and whether the stopping test says it may end.
public struct ScreeningProgress: Sendable, Hashable, Codable {
  /// Records decided, include or exclude.
  public var screened: Int
  /// Records in the reviewer's queue, decided or not.
  public var total: Int
  public var includes: Int
  /// Excludes since the last include (all of them when there is none yet).
  public var excludesSinceLastInclude: Int
  /// Relevant records still unseen, estimated from the include rate of the last
  /// ``window`` decisions; with prioritised screening the true number is usually lower.
  public var estimatedRelevantUnseen: Double
  /// How many of the latest decisions the estimate looks at.
  public var window: Int
  public var stopping: StoppingTest.Result
  public var recallTarget: Double
  public var confidence: Double

  /// The progress of `decisions`, in the order they were taken (true for an include), out of
  /// `total` records.
  public init(decisions: [Bool], total: Int, test: StoppingTest = StoppingTest(), window: Int = 100)
  {
    screened = decisions.count
    self.total = total
    includes = decisions.count { $0 }
    excludesSinceLastInclude = decisions.reversed().prefix { !$0 }.count
    let recent = decisions.suffix(window)
    self.window = recent.count
    let unseen = max(total - decisions.count, 0)
    estimatedRelevantUnseen =
      recent.isEmpty ? 0 : Double(recent.count { $0 }) / Double(recent.count) * Double(unseen)
    stopping = test.evaluate(screened: decisions, total: total)
    recallTarget = test.recallTarget
    confidence = test.confidence
  }

  /// The confidence the test has that recall has reached the target: 1 − p.
  public var confidenceReached: Double { 1 - stopping.pValue }
}

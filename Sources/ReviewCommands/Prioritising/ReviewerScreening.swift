import Prioritisation
import ReviewModel
import ReviewStore
import Screening

/// One reviewer's title/abstract screening as the stopping test sees it: the decisions in the
/// order the records were first decided, and how many records the reviewer's queue holds.
struct ReviewerScreening {
  /// True for an include.
  ///
  /// A "maybe" counts as an include: the test must not stop on a record
  /// that may yet be relevant.
  var decisions: [Bool]
  /// The records of the reviewer's queue still undecided, in import order.
  var remaining: [Int64]

  /// Decided and undecided records together.
  var total: Int { decisions.count + remaining.count }

  /// Reads the reviewer's screening from the store.
  init(store: ProjectStore, loaded: LoadedProtocol, reviewer: String) throws {
    let queue = try ScreeningQueue(
      store: store, loaded: loaded, stage: .titleAbstract, reviewer: reviewer)
    var firstDecided: [Int64: Int64] = [:]
    var latest: [Int64: Verdict] = [:]
    for decision in try store.decisions(stage: .titleAbstract) where decision.reviewer == reviewer {
      switch decision.method {
      case .manual, .imported: break
      case .rule, .resolution, .stoppingRule: continue
      }
      if firstDecided[decision.recordID] == nil {
        firstDecided[decision.recordID] = decision.eventID
      }
      latest[decision.recordID] = decision.verdict
    }
    decisions = firstDecided.sorted { $0.value < $1.value }.map { latest[$0.key] != .exclude }
    remaining = queue.recordIDs
  }

  /// The progress and the stopping test's verdict.
  func progress(test: StoppingTest) -> ScreeningProgress {
    ScreeningProgress(decisions: decisions, total: total, test: test)
  }
}

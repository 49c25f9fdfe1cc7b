import Reports
import ReviewModel
import ReviewStore
import Screening

/// Reads from the store what the PRISMA counts need, and weighs each stage's decisions by the
/// protocol's reviewer rule (``ScreeningOutcome``), so that the pure calculator gets standings,
/// not raw decisions.
enum PrismaInputGatherer {
  /// The calculator's input for the project in `store`, under `reviewProtocol`.
  static func input(_ store: ProjectStore, _ reviewProtocol: ReviewProtocol) throws -> PrismaInput {
    var sources: [PrismaSource] = []
    var sourceOfBatch: [Int64: String] = [:]
    for batch in try store.batches() {
      sourceOfBatch[batch.id] = batch.source
      if let index = sources.firstIndex(where: { $0.name == batch.source }) {
        sources[index].identified += batch.recordCount
      } else {
        sources.append(
          PrismaSource(name: batch.source, kind: batch.sourceKind, identified: batch.recordCount))
      }
    }
    let recordSources = try store.recordBatchIDs().compactMapValues { sourceOfBatch[$0] }
    return PrismaInput(
      sources: sources, recordSources: recordSources,
      duplicatesRemoved: try store.recordsRemovedAsDuplicates(),
      titleAbstract: try standings(store, .titleAbstract, reviewProtocol),
      fullText: try standings(store, .fullText, reviewProtocol),
      exclusionReasons: reviewProtocol.fullTextExclusionReasons)
  }

  private static func standings(
    _ store: ProjectStore, _ stage: ScreeningStage, _ reviewProtocol: ReviewProtocol
  ) throws -> [Int64: PrismaStanding] {
    let outcomes = ScreeningOutcome.outcomes(
      log: try store.decisions(stage: stage), settings: reviewProtocol.stages[stage])
    var standings: [Int64: PrismaStanding] = [:]
    for outcome in outcomes {
      standings[outcome.recordID] = standing(outcome.status)
    }
    return standings
  }

  /// The standing of a record whose outcome is `status`: the verdict, with the reason and the
  /// method of the decision that settled it.
  static func standing(_ status: ScreeningOutcome.Status) -> PrismaStanding {
    guard case .decided(let verdict, let settlement) = status else { return .pending }
    let settling = settlingDecision(settlement)
    return .decided(
      verdict, reason: settling?.reason, method: settling?.method.description ?? "manual")
  }

  /// The decision that settled a record: the resolution or the rule's, else the first
  /// reviewer's.
  ///
  /// Matched case by case, not with a `switch`, so that a settlement added by
  /// another capability (a stopping rule) still compiles and is weighed by its method.
  private static func settlingDecision(_ settlement: ScreeningOutcome.Settlement) -> Decision? {
    if case .resolution(let decision) = settlement { return decision }
    if case .rule(let decision) = settlement { return decision }
    if case .singleReviewer(let decision) = settlement { return decision }
    if case .agreement(let decisions) = settlement { return decisions.first }
    return nil
  }
}

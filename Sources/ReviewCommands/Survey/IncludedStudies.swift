import ReviewModel
import ReviewStore
import Screening
import Survey

/// The studies included in the review, which themes are linked to.
///
/// Included means included at full text, by the protocol's reviewer rule (``ScreeningOutcome``);
/// while no full-text decision has been made, the studies included at title and abstract.
enum IncludedStudies {
  static func load(_ store: ProjectStore, protocolPath: String) throws(CommandFailure)
    -> [StudyText]
  {
    do {
      let loaded = try ProtocolLoader().load(path: protocolPath)
      var stage = ScreeningStage.fullText
      var log = try store.decisions(stage: .fullText)
      if log.isEmpty {
        stage = .titleAbstract
        log = try store.decisions(stage: .titleAbstract)
      }
      let included = Set(
        ScreeningOutcome.outcomes(log: log, settings: loaded.reviewProtocol.stages[stage])
          .filter { $0.status.verdict == .include }.map(\.recordID))
      var studies: [StudyText] = []
      try store.forEachRecord { stored in
        if included.contains(stored.id) {
          studies.append(StudyText(recordID: stored.id, record: stored.record))
        }
      }
      return studies
    } catch let error as CommandFailure {
      throw error
    } catch {
      throw CommandFailure(error)
    }
  }
}

import ReviewModel
import ReviewStore
import Screening
import Survey

/// The studies included in the review, which themes are linked to.
///
/// Included means included at full text, by the protocol's reviewer rule (``ScreeningOutcome``);
/// while no full-text decision has been made, the studies included at title and abstract.
/// Each carries its findings: the values that hold for its extraction form's fields, other
/// than numbers, in the form's order.
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
      let fields = loaded.reviewProtocol.extraction.filter { $0.kind != .number }.map(\.name)
      var values: [Int64: [String: String]] = [:]
      for outcome in ExtractionOutcome.outcomes(log: try store.extractions()) {
        if let value = outcome.settledValue, included.contains(outcome.recordID) {
          values[outcome.recordID, default: [:]][outcome.field] = value
        }
      }
      var studies: [StudyText] = []
      try store.forEachRecord { stored in
        if included.contains(stored.id) {
          let findings = fields.compactMap { values[stored.id]?[$0] }
          studies.append(StudyText(recordID: stored.id, record: stored.record, findings: findings))
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

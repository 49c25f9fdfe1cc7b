import ReviewModel
import ReviewStore
import TerminalUI

/// Carries out what the extraction session asks for: stores each value the moment it is
/// entered, and loads each study with the values this reviewer gave it before.
struct ExtractionEffects {
  let context: ExtractionContext
  let reviewer: String

  /// Runs `effects` in order, updating `state` with what they load.
  ///
  /// - Returns: false when the session asked to quit.
  func run(_ effects: [ExtractionEffect], on state: inout ExtractionSession.State) throws -> Bool {
    for effect in effects {
      switch effect {
      case .record(let draft):
        try context.record([draft])
      case .load(let position):
        state.study = try study(state.queue[position])
      case .quit:
        return false
      }
    }
    return true
  }

  /// The study `id` as the screen shows it.
  func study(_ id: Int64) throws -> ExtractionStudy {
    let stored = try context.store.record(id: id)
    var values: [String: String] = [:]
    for extraction in try context.store.extractions(recordID: id)
    where extraction.reviewer == reviewer && extraction.method != .resolution {
      values[extraction.field] = extraction.value
    }
    let record = stored.record
    var details = [ScreeningQueue.byline(record.authors)]
    if let journal = record.journal ?? record.journalAbbreviation { details.append(journal) }
    if let year = record.year { details.append(String(year)) }
    if let pmid = record.pmid { details.append("PMID \(pmid)") }
    if let doi = record.doi { details.append("doi:\(doi)") }
    return ExtractionStudy(
      recordID: id, title: record.title ?? "(no title)",
      details: details.filter { !$0.isEmpty }.joined(separator: " · "), values: values)
  }

  /// The included studies for which `reviewer` has not yet given every field a value.
  static func queue(_ context: ExtractionContext, reviewer: String) throws(CommandFailure)
    -> [Int64]
  {
    var filled: [Int64: Set<String>] = [:]
    for extraction in try context.extractions()
    where extraction.reviewer == reviewer && extraction.method != .resolution {
      filled[extraction.recordID, default: []].insert(extraction.field)
    }
    let names = Set(context.fields.map(\.name))
    return context.includedIDs.filter { !names.isSubset(of: filled[$0] ?? []) }
  }
}

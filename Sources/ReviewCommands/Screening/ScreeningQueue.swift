import ReviewModel
import ReviewStore
import Screening
import TerminalUI

/// The records one reviewer has to screen at a stage, and how each is shown.
///
/// At title and abstract: every record that no rule excluded, one per duplicate group (the
/// group's first record stands for the study, and shows the databases of all of them). At full
/// text: the records included at title and abstract, as the protocol counts a decision (both
/// reviewers agree, or a resolution settled it).
/// Records this reviewer has decided already are left out, which is how leaving and coming
/// back resumes where the reviewer stopped. Other reviewers' decisions are never shown.
struct ScreeningQueue {
  let stage: ScreeningStage
  let reviewer: String
  /// The records still to screen, in the order they were imported.
  private(set) var recordIDs: [Int64] = []
  /// How many records of this stage the reviewer has decided before.
  private(set) var alreadyDecided = 0
  private let store: ProjectStore
  private let includeHighlighters: [Highlighter]
  private let excludeHighlighters: [Highlighter]
  /// For each record standing for a duplicate group, the sources of the whole group.
  private var groupSources: [Int64: [String]] = [:]

  init(store: ProjectStore, loaded: LoadedProtocol, stage: ScreeningStage, reviewer: String)
    throws
  {
    self.store = store
    self.stage = stage
    self.reviewer = reviewer
    includeHighlighters = loaded.highlightInclude.map(Highlighter.init(query:))
    excludeHighlighters = loaded.highlightExclude.map(Highlighter.init(query:))

    var hidden = try store.recordsRemovedAsDuplicates()
    var memberOf: [Int64: Int64] = [:]
    for group in try store.duplicateGroups() {
      guard let first = group.recordIDs.min() else { continue }
      for id in group.recordIDs { memberOf[id] = first }
    }
    let current = try store.currentDecisions(stage: stage)
    var mine: Set<Int64> = []
    for decision in current {
      if case .rule = decision.method { hidden.insert(decision.recordID) }
      if decision.reviewer == reviewer { mine.insert(decision.recordID) }
    }
    var eligible: Set<Int64>?
    if stage == .fullText {
      let outcomes = ScreeningOutcome.outcomes(
        log: try store.decisions(stage: .titleAbstract),
        settings: loaded.reviewProtocol.stages[.titleAbstract])
      eligible = Set(outcomes.filter { $0.status.verdict == .include }.map(\.recordID))
    }
    var ids: [Int64] = []
    var sources: [Int64: [String]] = [:]
    try store.forEachRecord { stored in
      if let first = memberOf[stored.id], !sources[first, default: []].contains(stored.source) {
        sources[first, default: []].append(stored.source)
      }
      guard !hidden.contains(stored.id), eligible?.contains(stored.id) ?? true else { return }
      if mine.contains(stored.id) {
        alreadyDecided += 1
      } else {
        ids.append(stored.id)
      }
    }
    recordIDs = ids
    groupSources = sources
  }

  /// The record `id` as the screen shows it, with this reviewer's standing decision.
  func item(_ id: Int64) throws -> ScreeningItem {
    let stored = try store.record(id: id)
    let record = stored.record
    let standing = try store.decisions(recordID: id, stage: stage)
      .last { $0.reviewer == reviewer }?.verdict
    let title = record.title ?? "(no title)"
    return ScreeningItem(
      recordID: id, title: highlighted(title), byline: Self.byline(record.authors),
      details: details(stored), abstract: highlighted(record.abstract ?? ""),
      standingVerdict: standing)
  }

  /// True when the record's title or abstract holds `words`, ignoring case.
  func matches(_ id: Int64, words: String) throws -> Bool {
    let record = try store.record(id: id).record
    let wanted = words.lowercased()
    return [record.title, record.abstract].contains { $0?.lowercased().contains(wanted) == true }
  }

  private func highlighted(_ text: String) -> [StyledSpan] {
    guard !text.isEmpty else { return [] }
    return HighlightStyle.spans(
      text, include: includeHighlighters.flatMap { $0.ranges(in: text) },
      exclude: excludeHighlighters.flatMap { $0.ranges(in: text) })
  }

  private func details(_ stored: StoredRecord) -> String {
    let record = stored.record
    var parts: [String] = []
    if let journal = record.journal ?? record.journalAbbreviation { parts.append(journal) }
    if let year = record.year { parts.append(String(year)) }
    parts.append((groupSources[stored.id] ?? [stored.source]).joined(separator: " + "))
    if let pmid = record.pmid { parts.append("PMID \(pmid)") }
    if let doi = record.doi { parts.append("doi:\(doi)") }
    return parts.joined(separator: " · ")
  }

  /// The authors as a reference list names them, the first six and then "et al.".
  static func byline(_ authors: [Author]) -> String {
    let names = authors.prefix(6).map(\.displayName)
    return names.joined(separator: "; ") + (authors.count > 6 ? "; et al." : "")
  }
}

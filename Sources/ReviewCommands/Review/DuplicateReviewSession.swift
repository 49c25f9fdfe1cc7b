import Deduplication
import ReviewModel
import ReviewStore

/// `litrev dedupe --review`: shows each queued pair side by side, differing fields marked, and
/// asks whether the two are the same study, through a ``PairReviewPrompt`` (the full screen in
/// a terminal, else one word a line from standard input: `same`, `different`, `skip`, `quit`).
///
/// Each verdict is stored at once, in its own transaction, so quitting (or being killed)
/// loses nothing already judged.
struct DuplicateReviewSession {
  let store: ProjectStore
  let actor: String

  /// What a reviewer can answer.
  enum Answer: String, CaseIterable {
    case same, different, skip, quit

    /// The answer `text` stands for: a whole word or its first letter, any case.
    init?(_ text: String) {
      let word = text.trimmingWhitespace().lowercased()
      guard
        let match = Answer.allCases.first(where: {
          $0.rawValue == word || word == String($0.rawValue.prefix(1))
        })
      else {
        return nil
      }
      self = match
    }
  }

  func run(_ prompt: inout some PairReviewPrompt) throws {
    let queue = try store.duplicateQueue()
    let output = StandardStreams.output
    guard !queue.isEmpty else {
      output.writeLine("No pairs are waiting for review (`litrev dedupe` queues uncertain ones).")
      return
    }
    defer { prompt.finish() }
    var counts: [Answer: Int] = [:]
    var groupOf = try store.duplicateGroupIDsByRecord()
    loop: for (index, queued) in queue.enumerated() {
      // A pair may have been settled by an earlier answer in this session.
      if let group = groupOf[queued.first], groupOf[queued.second] == group { continue }
      let left = DedupeReport.item(try store.record(id: queued.first))
      let right = DedupeReport.item(try store.record(id: queued.second))
      let score = PairScore(
        value: queued.score, matched: queued.matched.compactMap(MatchField.init(rawValue:)),
        keptApart: queued.flag.flatMap(KeepApartReason.init(rawValue:)))
      let comparison = PairComparison(left, right, score: score)
      guard let answer = try prompt.ask(comparison, position: index + 1, count: queue.count)
      else { break loop }
      counts[answer, default: 0] += 1
      switch answer {
      case .same:
        let group = try store.mergeDuplicates(
          DuplicateMerge(
            recordIDs: [queued.first, queued.second], actor: actor, method: "manual",
            score: queued.score, matched: queued.matched))
        for id in group.recordIDs { groupOf[id] = group.id }
        prompt.tell("Merged into group \(group.id).")
      case .different:
        try store.markDistinctDuplicates(
          queued.first, queued.second, actor: actor, method: "manual")
        prompt.tell("Kept apart.")
      case .skip:
        prompt.tell("Skipped; it stays in the queue.")
      case .quit:
        break loop
      }
    }
    prompt.finish()
    output.writeLine(
      "\nReviewed: \(counts[.same] ?? 0) same, \(counts[.different] ?? 0) different, "
        + "\(counts[.skip] ?? 0) skipped; \(try store.duplicateQueue().count) pairs still queued.")
  }
}

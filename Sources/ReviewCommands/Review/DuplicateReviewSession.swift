import Deduplication
import ReviewModel
import ReviewStore

/// `litrev dedupe --review` in line mode: shows each queued pair side by side and reads the
/// verdict from standard input, one word a line (`same`, `different`, `skip`, `quit`).
///
/// Each verdict is stored at once, in its own transaction, so quitting (or being killed)
/// loses nothing already judged.
struct DuplicateReviewSession {
  let store: ProjectStore
  let actor: String
  /// Reads one line of input; nil at its end.
  var readAnswer: () -> String? = { readLine(strippingNewline: true) }

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

  func run() throws {
    let queue = try store.duplicateQueue()
    let output = StandardStreams.output
    guard !queue.isEmpty else {
      output.writeLine("No pairs are waiting for review (`litrev dedupe` queues uncertain ones).")
      return
    }
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
      output.writeLine("\nPair \(index + 1) of \(queue.count)")
      for line in PairComparison(left, right, score: score).lines() { output.writeLine(line) }
      var answer: Answer?
      while answer == nil {
        output.write("Same study? [same/different/skip/quit] ")
        guard let line = readAnswer() else { break loop }
        answer = Answer(line)
        if answer == nil { output.writeLine("Answer same, different, skip or quit.") }
      }
      guard let answer else { break }
      counts[answer, default: 0] += 1
      switch answer {
      case .same:
        let group = try store.mergeDuplicates(
          DuplicateMerge(
            recordIDs: [queued.first, queued.second], actor: actor, method: "manual",
            score: queued.score, matched: queued.matched))
        for id in group.recordIDs { groupOf[id] = group.id }
        output.writeLine("Merged into group \(group.id).")
      case .different:
        try store.markDistinctDuplicates(
          queued.first, queued.second, actor: actor, method: "manual")
        output.writeLine("Kept apart.")
      case .skip:
        output.writeLine("Skipped; it stays in the queue.")
      case .quit:
        break loop
      }
    }
    output.writeLine(
      "\nReviewed: \(counts[.same] ?? 0) same, \(counts[.different] ?? 0) different, "
        + "\(counts[.skip] ?? 0) skipped; \(try store.duplicateQueue().count) pairs still queued.")
  }
}

import ArgumentParser
import Deduplication
import Foundation
import ReviewModel
import ReviewStore
import Screening
import TerminalUI

extension LitRev {
  /// `litrev dedupe`: finds the records that are one study, merges the certain ones and queues
  /// the uncertain ones for a person.
  struct Dedupe: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find duplicate records across databases; merge the certain, queue the rest.",
      discussion: """
        Pairs scoring at least deduplication.merge_above in protocol.yaml (default 0.95) are \
        merged; pairs from deduplication.review_above (default 0.80) up are queued for \
        --review. Errata, retractions, comments, replies and different parts of a series are \
        never merged; a conference abstract and its article are flagged for review unless \
        deduplication.conference_abstracts is merge. Each group is stored in one transaction \
        with its event in the log; --undo splits a group again and keeps its records apart.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Flag(help: "Report the groups that would be made, without storing anything.")
    var dryRun = false

    @Flag(help: "Print the groups and the queued pairs as JSON.")
    var json = false

    @Flag(help: "Judge the queued pairs one by one: same, different, skip or quit (from stdin).")
    var review = false

    @Option(help: ArgumentHelp("Split the duplicate group with this id again.", valueName: "group"))
    var undo: Int64?

    func validate() throws {
      if review && (undo != nil || dryRun || json) {
        throw ValidationError("--review goes alone: not with --undo, --dry-run or --json.")
      }
      if undo != nil && dryRun {
        throw ValidationError("--undo splits a group now; it cannot be a --dry-run.")
      }
    }

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      do {
        if let undo {
          try split(undo, store)
        } else if review {
          let session = DuplicateReviewSession(store: store, actor: project.actor)
          let capabilities = TerminalCapabilities.detect(
            environment: ProcessInfo.processInfo.environment)
          if capabilities.supportsFullScreen {
            var prompt = FullScreenPairPrompt(terminal: Terminal(capabilities: capabilities))
            try session.run(&prompt)
          } else {
            var prompt = LinePairPrompt()
            try session.run(&prompt)
          }
        } else {
          try deduplicate(store, try deduplicationSettings(protocolPath: location.protocolPath))
        }
      } catch {
        throw CommandFailure(error)
      }
    }

    /// The protocol's thresholds, or the defaults in a project that has no protocol file.
    private func deduplicationSettings(protocolPath: String) throws -> DeduplicationSettings {
      guard FileManager.default.fileExists(atPath: protocolPath) else {
        return DeduplicationSettings()
      }
      return try ProtocolLoader().load(path: protocolPath).reviewProtocol.deduplication
    }

    private func split(_ id: Int64, _ store: ProjectStore) throws {
      let group = try store.splitDuplicateGroup(id: id, actor: project.actor)
      if json {
        let items = try group.recordIDs.map { try DedupeReport.item(store.record(id: $0)) }
        try DedupeReport.printJSON(
          DedupeReport.SplitJSON(split: group.id, records: items.map(DedupeReport.RecordJSON.init)))
      } else {
        StandardStreams.output.writeLine(
          "Split group \(group.id): records \(group.recordIDs.map(String.init).joined(separator: ", ")) "
            + "are separate studies again, and will not be merged again.")
      }
    }

    private func deduplicate(_ store: ProjectStore, _ settings: DeduplicationSettings) throws {
      var items: [DeduplicationItem] = []
      try store.forEachRecord { items.append(DedupeReport.item($0)) }
      guard !items.isEmpty else {
        if json {
          try DedupeReport.printJSON(DedupeReport.empty(dryRun: dryRun))
        } else {
          StandardStreams.output.writeLine(
            "Nothing to deduplicate: the project has no records yet (`litrev import` adds them).")
        }
        return
      }
      let existing = try store.duplicateGroups()
      let distinct = try store.distinctDuplicatePairs().map { RecordPair($0.0, $0.1) }
      let constraints = DuplicateConstraints(
        groups: existing.map(\.recordIDs), distinct: Set(distinct))
      let result = Deduplicator(settings: settings).run(items, constraints: constraints)

      let existingSets = Set(existing.map(\.recordIDs))
      var groupIDs: [[Int64]: Int64] = Dictionary(
        existing.map { ($0.recordIDs, $0.id) }, uniquingKeysWith: { first, _ in first })
      var made: Set<[Int64]> = []
      for cluster in result.clusters where !existingSets.contains(cluster.recordIDs) {
        made.insert(cluster.recordIDs)
        guard !dryRun else { continue }
        let best = cluster.pairs.first?.score
        let byIdentifier = best.map { $0.matched.contains(.doi) || $0.matched.contains(.pmid) }
        let group = try store.mergeDuplicates(
          DuplicateMerge(
            recordIDs: cluster.recordIDs, actor: project.actor,
            method: byIdentifier == true ? "rule:dedupe-identifier" : "rule:dedupe-score",
            score: best?.value, matched: best?.matched.map(\.rawValue) ?? []))
        groupIDs[group.recordIDs] = group.id
      }
      if !dryRun {
        try store.replaceDuplicateQueue(
          result.uncertain.map { pair in
            QueuedDuplicatePair(
              first: pair.pair.first, second: pair.pair.second, score: pair.score.value,
              matched: pair.score.matched.map(\.rawValue), flag: pair.score.keptApart?.rawValue)
          }, actor: project.actor)
      }
      let report = DedupeReport(
        items: items, result: result, groupIDs: groupIDs, made: made, dryRun: dryRun)
      if json {
        try DedupeReport.printJSON(report.json())
      } else {
        StandardStreams.output.write(report.text())
      }
    }
  }
}

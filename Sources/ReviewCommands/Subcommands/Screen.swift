import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore
import Screening

extension LitRev {
  /// `litrev screen --auto`: applies the protocol's rules.
  struct Screen: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Screen records: --auto applies the protocol's rules at title and abstract.",
      discussion: """
        With --auto, every record nobody has decided about yet at title and abstract is \
        checked against the protocol's hard criteria (publication_years, languages, \
        excluded_publication_types) and its criteria's rules. A record that fails one is \
        excluded with that criterion's id as the reason and rule:<id> as the method (PRISMA's \
        "records marked as ineligible by automation tools"); the rest are left for people. \
        Rules never include. All the exclusions are stored in one transaction, so running it \
        again adds only what the rules newly exclude.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Flag(help: "Apply the protocol's rules (the interactive screen comes in a later version).")
    var auto = false

    @Flag(help: "Show what the rules would exclude, and store nothing.")
    var dryRun = false

    @Flag(help: "Print the counts and the excluded records as JSON.")
    var json = false

    func validate() throws {
      if !auto {
        throw ValidationError(
          "Say --auto to apply the protocol's rules; to decide one record, use `litrev decide`.")
      }
    }

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let loaded: LoadedProtocol
      do {
        loaded = try ProtocolLoader().load(path: location.protocolPath)
      } catch {
        throw CommandFailure(error)
      }
      let screener = RuleScreener(loaded)
      var summary = AutomaticScreeningSummary(
        criteria: screener.criterionIDs, isDryRun: dryRun)
      var drafts: [DecisionDraft] = []
      do {
        let decided = try store.decidedRecordIDs(stage: .titleAbstract)
        try store.forEachRecord { stored in
          summary.records += 1
          guard !decided.contains(stored.id) else {
            summary.alreadyDecided += 1
            return
          }
          guard let criterion = screener.failedCriterion(stored.record) else {
            summary.leftForPeople += 1
            return
          }
          summary.excluded[criterion, default: 0] += 1
          summary.exclusions.append(.init(record: stored.id, criterion: criterion))
          drafts.append(
            DecisionDraft(
              recordID: stored.id, stage: .titleAbstract, verdict: .exclude, reason: criterion,
              reviewer: ProjectStore.automationActor, method: .rule(criterion),
              runBy: project.actor))
        }
        if !dryRun, !drafts.isEmpty {
          try store.recordDecisions(drafts)
        }
      } catch {
        throw CommandFailure(error)
      }
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        if let data = try? encoder.encode(summary) {
          StandardStreams.output.writeLine(String(decoding: data, as: UTF8.self))
        }
      } else {
        StandardStreams.output.write(summary.render())
      }
    }
  }
}

/// What `screen --auto` did, or would do.
private struct AutomaticScreeningSummary: Encodable {
  struct Exclusion: Encodable {
    var record: Int64
    var criterion: String
  }

  /// The criteria the rules check, in the order they run.
  var criteria: [String]
  var isDryRun: Bool
  var records = 0
  var alreadyDecided = 0
  var leftForPeople = 0
  var excluded: [String: Int] = [:]
  var exclusions: [Exclusion] = []

  func render() -> String {
    var table = TextTable(headers: ["Criterion", "Excluded"], rightAligned: [1])
    for criterion in criteria {
      table.rows.append([criterion, String(excluded[criterion, default: 0])])
    }
    table.rows.append(["(left for people)", String(leftForPeople)])
    table.rows.append(["(decided before)", String(alreadyDecided)])
    let total = exclusions.count
    let verb = isDryRun ? "would exclude" : "excluded"
    return "Rules at title/abstract over \(recordCount(records)):\n" + table.render()
      + "The rules \(verb) \(recordCount(total))"
      + (isDryRun ? " (dry run: nothing was stored).\n" : ".\n")
  }
}

import Appraisal
import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore
import Screening
import TerminalUI

extension LitRev {
  /// `litrev screen`: a reviewer screens records in the terminal; `--auto` applies the rules.
  struct Screen: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Screen records in the terminal, or apply the protocol's rules with --auto.",
      discussion: """
        Without --auto, a full-screen view shows one record at a time, with the protocol's \
        highlight terms marked, and takes a key per decision: i include, e exclude (then a \
        reason), m maybe, r not retrieved (full text), u undo, n note, s skip, / search, \
        ? help, q quit. Each decision is in the log the moment its key is pressed, and the next \
        run goes on where this one stopped. When standard input or output is not a terminal, \
        it reads one command per line instead (include, exclude [REASON], maybe, \
        not-retrieved [REASON], note TEXT, undo, skip, search WORDS, quit) and prints each \
        record as text.

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

    @Flag(help: "Apply the protocol's rules at title and abstract, instead of screening by hand.")
    var auto = false

    @Option(help: "The stage to screen by hand.")
    var stage: ScreeningStage = .titleAbstract

    @Option(help: "Colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorMode = .auto

    @Option(
      help: """
        The order of the queue: relevance (the model, trained on your own decisions and the \
        rules'; random until you have one include and one exclude), random or imported.
        """)
    var order: QueueOrder = .relevance

    @Option(help: "Seeds the random order and the model's training.")
    var seed: UInt64 = 0

    @Flag(help: "Show what the rules would exclude, and store nothing.")
    var dryRun = false

    @Flag(help: "Print the counts and the excluded records as JSON.")
    var json = false

    func validate() throws {
      if auto && stage != .titleAbstract {
        throw ValidationError("The rules apply at title and abstract only; leave out --stage.")
      }
      if !auto && (dryRun || json) {
        throw ValidationError("--dry-run and --json go with --auto.")
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
      if auto {
        try screenAutomatically(store, location, loaded)
      } else {
        try screenByHand(store, location, loaded)
      }
    }

    private func screenByHand(
      _ store: ProjectStore, _ location: ProjectLocation, _ loaded: LoadedProtocol
    ) throws(CommandFailure) {
      let capabilities = TerminalCapabilities.detect(
        environment: ProcessInfo.processInfo.environment, colorMode: color)
      do {
        let queue = try ScreeningQueue(
          store: store, loaded: loaded, stage: stage, reviewer: project.actor)
        let ordering = try QueueOrdering(queue: queue, order: order, store: store, seed: seed)
        var state = ScreeningSession.State(
          stage: stage, reviewer: project.actor, reasons: loaded.reviewProtocol.reasons(at: stage),
          reasonIsRequired: stage == .fullText, queue: ordering.recordIDs,
          alreadyDecided: queue.alreadyDecided)
        if stage == .fullText {
          // An inclusion at full text asks for the study's design, which picks its appraisal.
          state.designs = try AppraisalContext.open(location: location, store: store)
            .settings.designs.map(\.design)
        }
        ordering.apply(to: &state)
        var effects = ScreeningEffects(store: store, queue: queue)
        effects.ranker = ordering.ranker
        effects.waitsForRanking = !capabilities.supportsFullScreen
        if capabilities.supportsFullScreen {
          try FullScreenScreening(terminal: Terminal(capabilities: capabilities), effects: effects)
            .run(&state)
        } else {
          try LineScreening(effects: effects, usesColor: capabilities.usesColor) {
            StandardStreams.output.write($0)
          }.run(&state)
        }
        let progress = state.progress
        StandardStreams.output.writeLine(
          "\(project.actor): \(progress.decided) of \(progress.total) records decided at "
            + "\(stage.commandLineName) (\(progress.included) included, \(progress.excluded) "
            + "excluded, \(progress.maybe) maybe); every decision is in the log.")
      } catch {
        throw CommandFailure(error)
      }
    }

    private func screenAutomatically(
      _ store: ProjectStore, _ location: ProjectLocation, _ loaded: LoadedProtocol
    ) throws(CommandFailure) {
      let screener = RuleScreener(loaded)
      var summary = AutomaticScreeningSummary(
        criteria: screener.criterionIDs, isDryRun: dryRun)
      var drafts: [DecisionDraft] = []
      let actor = project.actor  // read once: it looks in the environment
      do {
        let decided = try store.decidedRecordIDs(stage: .titleAbstract)
        let duplicates = try store.recordsRemovedAsDuplicates()
        let shares = try ParallelRuleScreening(
          databasePath: location.databasePath, screener: screener, skipping: duplicates
        ).run(over: try store.recordIDRange())
        for share in shares {
          for (recordID, failed) in share {
            summary.records += 1
            guard !decided.contains(recordID) else {
              summary.alreadyDecided += 1
              continue
            }
            guard let criterion = failed else {
              summary.leftForPeople += 1
              continue
            }
            summary.excluded[criterion, default: 0] += 1
            summary.exclusions.append(.init(record: recordID, criterion: criterion))
            drafts.append(
              DecisionDraft(
                recordID: recordID, stage: .titleAbstract, verdict: .exclude, reason: criterion,
                reviewer: ProjectStore.automationActor, method: .rule(criterion), runBy: actor))
          }
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

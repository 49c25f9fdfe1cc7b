import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore
import Screening

extension LitRev {
  /// `litrev query "…"`: the records a query matches.
  struct QueryRecords: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "query",
      abstract: "List the records a query matches, and how many there are.",
      discussion: """
        The query language is PubMed's: words, "phrases", wildcards (trainee*), field tags \
        ([ti] [ab] [tiab] [au] [la] [pt] [mh] [kw], and [dp] with years: 2004:2024[dp]), \
        AND, OR and NOT in upper case, parentheses. Operators run left to right with equal \
        precedence, as in PubMed: a OR b AND c is (a OR b) AND c. Matching ignores case and \
        accents and respects word boundaries.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "The query, in quotes.")
    var query: String

    @Flag(help: "Print {\"query\", \"records\", \"count\"} as JSON.")
    var json = false

    func execute() async throws(CommandFailure) {
      let parsed: Query
      do {
        parsed = try QueryParser().parse(query)
      } catch {
        throw CommandFailure(error)
      }
      let (_, store) = try project.openStore()
      let evaluator = QueryEvaluator(parsed)
      let output = BufferedWriter(.output)
      do {
        if json {
          let encoder = JSONEncoder()
          encoder.outputFormatting = [.withoutEscapingSlashes]
          output.write("{\"query\": ")
          output.write(bytes: try encoder.encode(query))
          output.write(", \"records\": ")
          let array = RecordJSONArray(
            output, duplicateGroups: try store.duplicateGroupIDsByRecord())
          var count = 0
          try store.forEachRecord { stored in
            guard evaluator.matches(stored.record) else { return }
            try array.append(stored)
            count += 1
          }
          array.finish()
          output.write(", \"count\": \(count)}\n")
        } else {
          var table = RecordTable(duplicateGroups: try store.duplicateGroupIDsByRecord())
          try store.forEachRecord { stored in
            if evaluator.matches(stored.record) { table.append(stored) }
          }
          output.write(table.render())
          output.write("\(recordCount(table.count)) match \(parsed)\n")
        }
      } catch {
        throw CommandFailure(error)
      }
    }
  }
}

import ArgumentParser
import Foundation
import ReviewStore
import Survey

extension LitRev {
  /// `litrev survey agreement`: two coders' agreement per code, and their conflicts.
  struct SurveyAgreement: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "agreement",
      abstract: "Print two coders' agreement per code (Cohen's kappa) and their conflicts.",
      discussion: """
        Over the answers both coders finished, each code is a yes/no judgement per answer: \
        percent agreement and Cohen's kappa on that 2 × 2 table (undefined, shown as -, when \
        neither coder, or both for every answer, used the code). --conflicts lists each \
        answer and code only one of them gave.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @OptionGroup(title: "Survey files")
    var files: SurveyFileOptions

    @Option(
      help: ArgumentHelp(
        "The two coders, as FIRST,SECOND; by default the only two who coded.", valueName: "names"))
    var coders: String?

    @Flag(help: "List the conflicts too.")
    var conflicts = false

    @Flag(help: "Print one JSON document.")
    var json = false

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let codebook = try files.loadCodebook(location, store: store)
      let coded: CodedAnswers
      do {
        coded = CodedAnswers(try store.codingActions())
      } catch {
        throw CommandFailure(error)
      }
      let names = coders?.split(separator: ",").map(String.init) ?? coded.coders
      guard names.count == 2 else {
        throw CommandFailure(
          "agreement compares two coders; \(names.count) have coded "
            + "(\(names.joined(separator: ", "))): name two with --coders A,B", exitCode: .usage)
      }
      let comparison = CodingComparison(
        first: names[0], second: names[1], coded: coded, codeIDs: codebook.codes.map(\.id))
      if json {
        try JSONOutput.print(CodingComparisonJSON(comparison))
        return
      }
      StandardStreams.output.writeLine(
        "\(names[0]) and \(names[1]): \(comparison.sharedAnswers.count) answers coded by both")
      var table = TextTable(
        headers: [
          "Code", "Both", names[0] + " only", names[1] + " only", "Neither", "Agreement",
          "Kappa",
        ], rightAligned: [1, 2, 3, 4, 5, 6])
      table.rows = comparison.agreements.map { row in
        [
          row.codeID, String(row.both), String(row.firstOnly), String(row.secondOnly),
          String(row.neither), row.percentAgreement.map(Percent.text) ?? "-",
          row.kappa.map { String(format: "%.2f", $0) } ?? "-",
        ]
      }
      StandardStreams.output.write(table.render())
      if conflicts {
        StandardStreams.output.writeLine("\n\(comparison.conflicts.count) conflicts")
        for conflict in comparison.conflicts {
          StandardStreams.output.writeLine(
            "\(conflict.answer.respondent) \(conflict.answer.questionID): \(conflict.codeID) "
              + "only by \(conflict.appliedBy)")
        }
      }
    }
  }
}

/// `survey agreement --json`.
private struct CodingComparisonJSON: Encodable {
  struct Row: Encodable {
    var code: String
    var both: Int
    var firstOnly: Int
    var secondOnly: Int
    var neither: Int
    var percentAgreement: Double?
    var kappa: Double?
  }

  struct Conflict: Encodable {
    var respondent: String
    var question: String
    var code: String
    var appliedBy: String
  }

  var coders: [String]
  var sharedAnswers: Int
  var codes: [Row]
  var conflicts: [Conflict]

  init(_ comparison: CodingComparison) {
    coders = [comparison.firstCoder, comparison.secondCoder]
    sharedAnswers = comparison.sharedAnswers.count
    codes = comparison.agreements.map {
      Row(
        code: $0.codeID, both: $0.both, firstOnly: $0.firstOnly, secondOnly: $0.secondOnly,
        neither: $0.neither, percentAgreement: $0.percentAgreement, kappa: $0.kappa)
    }
    conflicts = comparison.conflicts.map {
      Conflict(
        respondent: $0.answer.respondent, question: $0.answer.questionID, code: $0.codeID,
        appliedBy: $0.appliedBy)
    }
  }
}

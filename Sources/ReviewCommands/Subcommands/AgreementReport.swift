import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore
import Screening

extension LitRev {
  /// `litrev agreement`: how far reviewers agree.
  struct AgreementReport: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "agreement",
      abstract: "Print percent agreement and Cohen's kappa (95% CI) per pair of reviewers.",
      discussion: """
        Counts the records both reviewers of a pair decided about at the stage, with each \
        reviewer's latest decision; decisions made by rules are left out. The interval uses \
        Cohen's large-sample standard error. Kappa is undefined (shown as -) when both \
        reviewers gave every record the same single verdict.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Option(help: "The screening stage.")
    var stage: ScreeningStage = .titleAbstract

    @Flag(help: "Print the agreements as one JSON array.")
    var json = false

    func execute() async throws(CommandFailure) {
      let (_, store) = try project.openStore()
      let agreements: [Agreement]
      do {
        agreements = Agreement.byReviewerPair(try store.currentDecisions(stage: stage))
      } catch {
        throw CommandFailure(error)
      }
      if json {
        let rows = agreements.map(AgreementJSON.init)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        if let data = try? encoder.encode(rows) {
          StandardStreams.output.writeLine(String(decoding: data, as: UTF8.self))
        }
        return
      }
      var table = TextTable(
        headers: ["Reviewers", "Records", "Agreed", "Agreement", "Kappa", "95% CI"],
        rightAligned: [1, 2, 3, 4])
      func formatted(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? "-"
      }
      for agreement in agreements {
        table.rows.append([
          "\(agreement.firstReviewer) & \(agreement.secondReviewer)",
          String(agreement.recordCount), String(agreement.agreements),
          agreement.percentAgreement.map { String(format: "%.1f%%", $0 * 100) } ?? "-",
          formatted(agreement.kappa),
          agreement.kappaConfidenceInterval.map {
            "\(formatted($0.lowerBound)) to \(formatted($0.upperBound))"
          } ?? "-",
        ])
      }
      StandardStreams.output.write(table.render())
      if agreements.isEmpty {
        StandardStreams.output.writeLine(
          "No two reviewers have decided about the same record at \(stage.commandLineName).")
      }
    }
  }
}

/// One pair of reviewers as `agreement --json` prints it.
private struct AgreementJSON: Encodable {
  var reviewers: [String]
  var records: Int
  var agreed: Int
  var percentAgreement: Double?
  var kappa: Double?
  var kappaStandardError: Double?
  var kappaCI95: [Double]?

  init(_ agreement: Agreement) {
    reviewers = [agreement.firstReviewer, agreement.secondReviewer]
    records = agreement.recordCount
    agreed = agreement.agreements
    percentAgreement = agreement.percentAgreement
    kappa = agreement.kappa
    kappaStandardError = agreement.kappaStandardError
    kappaCI95 = agreement.kappaConfidenceInterval.map { [$0.lowerBound, $0.upperBound] }
  }
}

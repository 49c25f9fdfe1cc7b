import Appraisal
import ArgumentParser
import Foundation

extension LitRev.Appraisals {
  /// `litrev appraisals agreement`: how far each pair of appraisers agrees.
  struct AppraisalAgreementReport: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "agreement",
      abstract: "Agreement between appraisers: per item and on the total scores.",
      discussion: """
        For each instrument and pair of appraisers: per item, over the studies both answered, \
        the share answered alike and Cohen's kappa with linear weights on the item's ordered \
        answers (by points; otherwise in the order the instrument lists them); on the totals \
        of the studies both appraised completely, the intraclass correlation ICC(2,1) - two-way \
        random effects, absolute agreement, single rater (Shrout and Fleiss; McGraw and \
        Wong's ICC(A,1)). Answers are the appraisers' own: resolutions do not count.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Flag(help: "Print the agreement as one JSON array.")
    var json = false

    func execute() async throws(CommandFailure) {
      let context = try AppraisalContext.open(project)
      let studies = try context.studies()
      var reports: [InstrumentAgreement] = []
      for instrument in context.catalogue.instruments {
        let appraised = studies.filter { $0.instrument.id == instrument.id }
        let appraisers = Set(appraised.flatMap(\.appraisers)).sorted()
        for (index, first) in appraisers.enumerated() {
          for second in appraisers.dropFirst(index + 1) {
            let report = InstrumentAgreement.between(
              first, second, instrument: instrument, studies: appraised)
            if report.items.contains(where: { $0.studies > 0 }) { reports.append(report) }
          }
        }
      }
      if json {
        StandardStreams.output.writeLine(AppraisalJSON.encode(reports.map(AgreementJSON.init)))
        return
      }
      guard !reports.isEmpty else {
        StandardStreams.output.writeLine(
          "No two appraisers have appraised the same study with the same instrument yet.")
        return
      }
      for report in reports {
        StandardStreams.output.writeLine(
          "\(report.instrument): \(report.first) and \(report.second)")
        var table = TextTable(headers: ["Item", "Studies", "Agreement", "Weighted kappa"])
        table.rightAligned = [1, 2, 3]
        for item in report.items where item.studies > 0 {
          table.rows.append([
            item.item, String(item.studies),
            item.percentAgreement.map { "\(Int(($0 * 100).rounded()))%" } ?? "–",
            item.weightedKappa.map { String(format: "%.2f", $0) } ?? "–",
          ])
        }
        StandardStreams.output.write(table.render())
        let studies = "\(report.scoredStudies) stud\(report.scoredStudies == 1 ? "y" : "ies")"
        if let icc = report.intraclassCorrelation {
          StandardStreams.output.writeLine(
            "Total score: ICC(2,1), absolute agreement = \(String(format: "%.2f", icc)) over "
              + "\(studies) appraised completely by both\n")
        } else {
          StandardStreams.output.writeLine(
            "Total score: ICC(2,1) needs two or more studies appraised completely by both, with "
              + "totals that vary (\(studies) so far)\n")
        }
      }
    }
  }
}

/// One pair of appraisers in `litrev appraisals agreement --json`.
private struct AgreementJSON: Encodable {
  struct Item: Encodable {
    var item: String
    var studies: Int
    var percentAgreement: Double?
    var weightedKappa: Double?
  }

  var instrument: String
  var appraisers: [String]
  var items: [Item]
  var scoredStudies: Int
  var icc: Double?
  var iccForm = "ICC(2,1): two-way random effects, absolute agreement, single rater"

  init(_ report: InstrumentAgreement) {
    instrument = report.instrument
    appraisers = [report.first, report.second]
    items = report.items.map {
      Item(
        item: $0.item, studies: $0.studies, percentAgreement: $0.percentAgreement,
        weightedKappa: $0.weightedKappa)
    }
    scoredStudies = report.scoredStudies
    icc = report.intraclassCorrelation
  }
}

import Appraisal
import ArgumentParser
import Foundation
import Ingest

extension LitRev {
  /// `litrev appraisals`: each appraised study's score and rating, and the appraisal log's
  /// conflicts, resolutions, agreement and import.
  struct Appraisals: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Appraised studies' scores and ratings; conflicts, resolution, agreement, import.",
      subcommands: [
        List.self, AppraisalConflicts.self, AppraisalResolve.self, AppraisalAgreementReport.self,
        AppraisalImport.self,
      ],
      defaultSubcommand: List.self
    )
  }
}

extension LitRev.Appraisals {
  /// `litrev appraisals [list]`: one row per appraised study.
  struct List: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print each appraised study's score, sub-scores, rating and appraisers.",
      discussion: """
        The score is worked from the answers that count for the study: where its appraisers \
        agree, or a resolution settled the item. An item the appraisers answered differently \
        counts as missing until `litrev appraisals resolve` settles it, and a study with items \
        missing has no rating yet. Ratings use the instrument's bands, or the protocol's \
        appraisal.bands for that instrument.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Flag(help: "Print the studies as one JSON array.")
    var json = false

    @Flag(help: "Print the studies as formula-safe CSV.")
    var csv = false

    func validate() throws {
      if json && csv { throw ValidationError("Choose one of --json and --csv.") }
    }

    func execute() async throws(CommandFailure) {
      let context = try AppraisalContext.open(project)
      let studies = try context.studies()
      if json {
        StandardStreams.output.writeLine(AppraisalJSON.encode(studies.map(StudyJSON.init)))
        return
      }
      if csv {
        var text = CSVWriter.row([
          "id", "instrument", "appraisers", "score", "maximum", "rating", "complete",
          "conflicts", "subscores",
        ])
        for study in studies {
          text += CSVWriter.row([
            String(study.recordID), study.instrument.id,
            study.appraisers.joined(separator: "; "), study.score.score.map(number) ?? "",
            number(study.score.maximum), study.score.rating ?? "",
            study.summary.isComplete ? "yes" : "no", String(study.conflicts.count),
            AppraisalText.subscores(study.score),
          ])
        }
        StandardStreams.output.write(text)
        return
      }
      guard !studies.isEmpty else {
        StandardStreams.output.writeLine(
          "No study is appraised yet (`litrev appraise ID --instrument NAME` starts one).")
        return
      }
      var table = TextTable(headers: [
        "ID", "Instrument", "Appraisers", "Score", "Rating", "Sub-scores",
      ])
      table.rightAligned = [0, 3]
      for study in studies {
        var rating = study.score.rating ?? "–"
        if !study.conflicts.isEmpty {
          rating += " (\(study.conflicts.count) conflict\(study.conflicts.count == 1 ? "" : "s"))"
        } else if !study.score.missing.isEmpty {
          rating += " (\(study.score.missing.count) missing)"
        }
        table.rows.append([
          String(study.recordID), study.instrument.id, study.appraisers.joined(separator: ", "),
          study.score.score.map { "\(number($0))/\(number(study.score.maximum))" } ?? "–",
          rating, AppraisalText.subscores(study.score),
        ])
      }
      StandardStreams.output.write(table.render())
    }
  }
}

/// One study in `litrev appraisals --json`.
private struct StudyJSON: Encodable {
  struct Part: Encodable {
    var domain: String
    var score: Double?
    var maximum: Double
  }

  var id: Int64
  var instrument: String
  var appraisers: [String]
  var score: Double?
  var minimum: Double
  var maximum: Double
  var rating: String?
  var complete: Bool
  var subscores: [Part]
  var missing: [String]
  var conflicts: [String]
  var notApplicable: [String]
  var screeningMet: Bool?
  var categories: [String]
  /// Item → appraiser → the note given with the current answer.
  var notes: [String: [String: String]]

  init(_ study: StudyAppraisal) {
    id = study.recordID
    instrument = study.instrument.id
    appraisers = study.appraisers
    score = study.score.score
    minimum = study.score.minimum
    maximum = study.score.maximum
    rating = study.score.rating
    complete = study.summary.isComplete
    subscores = study.score.subscores.map {
      Part(domain: $0.domain, score: $0.score, maximum: $0.maximum)
    }
    missing = study.score.missing
    conflicts = study.conflicts.map(\.item)
    notApplicable = study.score.notApplicable
    screeningMet = study.score.screeningMet
    categories = study.score.categories
    notes = study.notes.mapValues { entries in
      Dictionary(entries.map { ($0.appraiser, $0.note) }, uniquingKeysWith: { _, later in later })
    }
  }
}

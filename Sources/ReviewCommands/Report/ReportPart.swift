import Reports
import ReviewStore

/// What a report part works from: the open project.
struct ReportContext {
  let store: ProjectStore
  let location: ProjectLocation
}

/// One part of `litrev report`: the files it adds to the report folder, under a heading of the
/// index page.
///
/// A capability that publishes something (the evidence table, the synthesis, the survey tables)
/// adds a type conforming to this and one line to ``ReportParts/all``.
protocol ReportPart: Sendable {
  /// The part's heading on the index page.
  var title: String { get }

  /// The part's files, made in memory: the report is written only once every part has made its
  /// files, so a failing part leaves no half-written folder. None when the project has nothing
  /// of the part yet (no included study, no survey): its section is then left out.
  func files(_ context: ReportContext) throws(CommandFailure) -> [ReportFile]
}

/// The parts of the report, in the order the index page shows them.
enum ReportParts {
  static let all: [any ReportPart] = [
    PrismaReportPart(), EvidenceReportPart(), SynthesisReportPart(), SurveyReportPart(),
  ]
}

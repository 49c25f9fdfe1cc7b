import Appraisal
import ReviewStore
import Survey

/// Each study's design and the summary of its appraisal, as the evidence table and the
/// synthesis show them: read from the log, never made up for a study nobody appraised.
struct StudyQuality: Sendable {
  /// The design set for each study (`litrev set ID design=…`), by record id.
  let designs: [Int64: String]
  /// One appraisal per study: under the instrument the protocol's `designs:` gives for its
  /// design when it was appraised with that one, else under the first instrument by id.
  let appraisals: [Int64: AppraisedStudy]

  /// Reads the designs and appraisals of the project.
  ///
  /// - Throws: the store's failure, or an instrument or protocol that cannot be read.
  static func load(store: ProjectStore, location: ProjectLocation) throws(CommandFailure)
    -> StudyQuality
  {
    let context = try AppraisalContext.open(location: location, store: store)
    do {
      let designs = try store.studyDesigns()
      var appraisals: [Int64: AppraisedStudy] = [:]
      for study in try context.studies().map(\.summary) {
        let preferred = designs[study.recordID].flatMap {
          context.settings.instrumentID(forDesign: $0)
        }
        if appraisals[study.recordID] == nil || study.instrumentID == preferred {
          appraisals[study.recordID] = study
        }
      }
      return StudyQuality(designs: designs, appraisals: appraisals)
    } catch {
      throw CommandFailure(error)
    }
  }

  /// What the synthesis shows of a study: its design and rating, high quality when rated
  /// `high`; nil until the study has both a design and a complete appraisal.
  func synthesisAppraisal(of recordID: Int64) -> Survey.StudyAppraisal? {
    guard let design = designs[recordID], let rating = appraisals[recordID]?.rating else {
      return nil
    }
    return Survey.StudyAppraisal(
      design: design, rating: rating, isHighQuality: rating.lowercased() == "high")
  }

  /// The synthesis' lookup over what was read.
  var lookup: StudyAppraisalLookup {
    let quality = self
    return { quality.synthesisAppraisal(of: $0) }
  }
}

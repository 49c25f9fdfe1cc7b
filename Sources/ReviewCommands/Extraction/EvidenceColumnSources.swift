import Appraisal
import Reports
import ReviewModel
import ReviewStore

/// The sources of extra evidence-table columns that are part of litrev.
///
/// The study design and its appraisal (instrument, score, rating), then the themes the study
/// is linked to. Each reads the log once, and leaves a cell empty where nobody recorded
/// anything.
enum EvidenceColumnSources {
  /// The sources that fill columns for this project.
  ///
  /// - Throws: the store's failure, or an instrument or protocol that cannot be read.
  static func registered(for context: ExtractionContext) throws(CommandFailure)
    -> [any EvidenceColumnSource]
  {
    let quality = try StudyQuality.load(store: context.store, location: context.location)
    let links: [ThemeLinkAction]
    do {
      links = ThemeLinkAction.current(try context.store.themeLinkActions())
    } catch {
      throw CommandFailure(error)
    }
    return [AppraisalColumns(quality: quality), LinkedThemeColumns(links: links)]
  }
}

/// `design`, `appraisal_instrument`, `appraisal_score` and `appraisal_rating`.
struct AppraisalColumns: EvidenceColumnSource {
  let quality: StudyQuality

  var columns: [EvidenceColumn] {
    [
      EvidenceColumn(name: "design", label: "Design", kind: .text),
      EvidenceColumn(name: "appraisal_instrument", label: "Appraisal instrument", kind: .text),
      EvidenceColumn(name: "appraisal_score", label: "Appraisal score", kind: .number),
      EvidenceColumn(name: "appraisal_rating", label: "Appraisal rating", kind: .text),
    ]
  }

  func cells(for recordID: Int64) -> [String: EvidenceCell] {
    var cells: [String: EvidenceCell] = [:]
    if let design = quality.designs[recordID] { cells["design"] = .text(design) }
    if let study = quality.appraisals[recordID] {
      cells["appraisal_instrument"] = .text(study.instrumentName)
      if let score = study.score { cells["appraisal_score"] = .number(score) }
      if let rating = study.rating { cells["appraisal_rating"] = .text(rating) }
    }
    return cells
  }
}

/// `themes`: the ids of the themes a study is linked to, in the order they were linked.
struct LinkedThemeColumns: EvidenceColumnSource {
  let links: [ThemeLinkAction]

  var columns: [EvidenceColumn] {
    [EvidenceColumn(name: "themes", label: "Themes", kind: .list)]
  }

  func cells(for recordID: Int64) -> [String: EvidenceCell] {
    let themes = links.filter { $0.recordID == recordID }.map(\.themeID)
    return themes.isEmpty ? [:] : ["themes": .list(themes)]
  }
}

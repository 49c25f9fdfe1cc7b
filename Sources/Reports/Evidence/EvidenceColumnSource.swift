/// Supplies extra columns of the evidence table from another part of the review.
///
/// The study design, the appraisal score and rating, and the themes a study is linked to are
/// kept by capabilities of their own (appraisal, thematic synthesis). Each of them registers a
/// source that names its columns and fills them per study, so that the evidence table shows
/// what they hold without knowing how they keep it, and never shows a value nobody recorded.
/// No source is registered until those capabilities land; the table then has the citation and
/// extraction columns only.
public protocol EvidenceColumnSource {
  /// The columns this source adds, in order; their names must not clash with other columns.
  var columns: [EvidenceColumn] { get }

  /// The cells of one study, by column name; a column left out is empty.
  ///
  /// - Parameter recordID: the record that stands for the included study.
  /// - Returns: cells by ``EvidenceColumn/name``.
  /// - Throws: when the source cannot read what it keeps.
  func cells(for recordID: Int64) throws -> [String: EvidenceCell]
}

/// Supplies extra columns of the evidence table from another part of the review.
///
/// The study design, the appraisal score and rating, and the themes a study is linked to are
/// kept by capabilities of their own (appraisal, thematic synthesis). Each of them registers a
/// source that names its columns and fills them per study, so that the evidence table shows
/// what they hold without knowing how they keep it, and never shows a value nobody recorded.
/// The command line registers them (`EvidenceColumnSources` in ReviewCommands).
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

extension EvidenceTable {
  /// The table with `source`'s columns added at the right, filled study by study.
  ///
  /// - Parameters:
  ///   - source: the part of the review that supplies the columns.
  ///   - recordIDs: the study of each row, in row order.
  /// - Returns: the wider table; a cell the source leaves out is empty.
  /// - Throws: ``EvidenceTableError/duplicateColumn(_:)`` when a column's name is taken, or
  ///   what the source throws.
  public func appendingColumns(from source: any EvidenceColumnSource, recordIDs: [Int64]) throws
    -> EvidenceTable
  {
    for column in source.columns where columns.contains(where: { $0.name == column.name }) {
      throw EvidenceTableError.duplicateColumn(column.name)
    }
    var rows = self.rows
    for (index, recordID) in zip(rows.indices, recordIDs) {
      let cells = try source.cells(for: recordID)
      rows[index] += source.columns.map { cells[$0.name] ?? .empty }
    }
    return EvidenceTable(title: title, columns: columns + source.columns, rows: rows)
  }
}

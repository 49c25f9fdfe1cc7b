import ReviewModel

/// The one study a group of duplicate records stands for, with the most complete metadata
/// among them: the fullest record leads, and each field it lacks comes from another record
/// (the longest abstract, the full journal title, any DOI and PMID).
public enum MergedStudy {
  /// The merged record of `records` (not empty), which come in any order.
  public static func merge(_ records: [Record]) -> Record {
    guard var merged = records.max(by: { completeness($0) < completeness($1) }) else {
      return Record()
    }
    func fill<T>(_ keyPath: WritableKeyPath<Record, T?>) {
      if merged[keyPath: keyPath] == nil {
        merged[keyPath: keyPath] = records.lazy.compactMap { $0[keyPath: keyPath] }.first
      }
    }
    fill(\.pmid)
    fill(\.doi)
    fill(\.pmcid)
    fill(\.title)
    fill(\.year)
    fill(\.publicationDate)
    fill(\.volume)
    fill(\.issue)
    fill(\.pages)
    fill(\.issn)
    fill(\.journalAbbreviation)
    if let abstract = records.compactMap(\.abstract).max(by: { $0.count < $1.count }) {
      merged.abstract = abstract
    }
    if let journal = records.compactMap(\.journal).max(by: { $0.count < $1.count }) {
      merged.journal = journal
    }
    if merged.authors.isEmpty, let authors = records.first(where: { !$0.authors.isEmpty }) {
      merged.authors = authors.authors
    }
    for record in records {
      for keyword in record.keywords where !merged.keywords.contains(keyword) {
        merged.keywords.append(keyword)
      }
      for type in record.publicationTypes where !merged.publicationTypes.contains(type) {
        merged.publicationTypes.append(type)
      }
    }
    merged.originalText = nil
    merged.originalBytes = nil
    merged.location = nil
    return merged
  }

  private static func completeness(_ record: Record) -> Int {
    let fields: [String?] = [
      record.pmid, record.doi, record.title, record.abstract, record.journal, record.volume,
      record.issue, record.pages, record.year.map(String.init),
    ]
    return fields.count { !($0 ?? "").isEmpty } * 4 + min(record.authors.count, 3)
      + (record.abstract?.count ?? 0 > 0 ? 1 : 0)
  }
}

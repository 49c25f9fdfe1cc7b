/// The folded forms of values many records share, made once per batch of records.
///
/// A search's records come from a few hundred journals: folding a journal's name for each of a
/// million records was a tenth of building their keys. The cache is a plain value, one per core,
/// so building keys in parallel needs no lock.
struct MatchKeyCache {
  /// Beyond this many names the cache stops growing: a corpus of all-different journal names
  /// would only fill memory.
  static let capacity = 4096

  private var journals: [String: [String]] = [:]

  /// ``MatchKeys/journalWords(_:)`` of `journal`, from the cache when it was seen before.
  mutating func journalWords(_ journal: String?) -> [String] {
    guard let journal, !journal.isEmpty else { return [] }
    if let known = journals[journal] { return known }
    let words = MatchKeys.journalWords(journal)
    if journals.count < Self.capacity { journals[journal] = words }
    return words
  }
}

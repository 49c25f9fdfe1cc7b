import ReviewModel

/// What sort of publication a record is, as far as deduplication cares: two records of
/// different kinds are never the same study, whatever their titles say.
public enum PublicationKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// An article, review, letter or anything else that reports or discusses a study.
  case article
  /// A correction notice (`Erratum:`, `Correction to`, publication type Erratum).
  case erratum
  /// A retraction notice.
  case retraction
  /// A comment on another publication (`Comment on`, `Re:`, publication type Comment).
  case comment
  /// The authors' reply to a comment (`Reply to`, `… - Reply`, `Authors' reply`).
  case reply
  /// A conference abstract or paper (RIS `CONF`/`ABST`, type Conference Abstract, a proceedings
  /// volume as the journal).
  case conferenceAbstract = "conference-abstract"

  /// The kind `record` is, from its title, publication types and RIS type.
  static func of(_ record: Record, foldedTitle: [String]) -> PublicationKind {
    let types =
      (record.publicationTypes + record.otherFields.filter { $0.tag == "M3" }.map(\.value))
      .map { $0.lowercased().trimmingWhitespace() }
    let title = (record.title ?? "").lowercased().trimmingWhitespace()
    if types.contains(where: { ByteSearch.contains("erratum", in: $0) || $0 == "correction" })
      || erratumPrefixes.contains(where: title.hasPrefix) || isWebOfScienceErratum(title)
    {
      return .erratum
    }
    if types.contains(where: { $0.hasPrefix("retraction") })
      || retractionPrefixes.contains(where: title.hasPrefix)
    {
      return .retraction
    }
    if replyPrefixes.contains(where: title.hasPrefix)
      || replySuffixes.contains(where: { foldedTitle.suffix($0.count).elementsEqual($0) })
    {
      return .reply
    }
    // Comments are told by their titles only: PubMed types a letter "Comment" where Embase
    // calls the same letter "Letter" or "Note", so the types would keep real duplicates apart.
    if commentPrefixes.contains(where: title.hasPrefix) {
      return .comment
    }
    if isConference(record, types: types) { return .conferenceAbstract }
    return .article
  }

  private static let erratumPrefixes = [
    "erratum", "errata", "correction:", "correction to", "corrigendum", "published erratum",
    "correction of", "correction for",
  ]
  private static let retractionPrefixes = [
    "retraction", "retracted:", "retracted article", "notice of retraction", "withdrawn:",
    "expression of concern",
  ]
  private static let commentPrefixes = [
    "comment on", "comment:", "commentary on", "re:", "re :", "in response to",
    "letter regarding", "letter to the editor regarding", "regarding:",
  ]
  private static let replyPrefixes = [
    "reply", "in reply", "authors' reply", "author's reply", "authors reply", "the authors reply",
    "response:", "response from the authors", "author response",
  ]
  private static let replySuffixes: [[String]] = [
    ["reply"], ["authors", "reply"], ["author", "reply"], ["reply", "to", "comment"],
    ["response", "from", "the", "authors"], ["in", "reply"],
  ]

  /// Web of Science titles an erratum after its article with the article's place:
  /// `… (vol 142, pg 310, 2003)` or `… (New England Journal of Medicine (2009) 360 (542-544))`.
  private static func isWebOfScienceErratum(_ title: String) -> Bool {
    guard title.hasSuffix(")") else { return false }
    if ByteSearch.contains("(vol ", in: title) && ByteSearch.contains(" pg ", in: title) {
      return true
    }
    guard let open = title.firstIndex(of: "(") else { return false }
    let inner = title[title.index(after: open)...]
    guard let yearOpen = inner.firstIndex(of: "(") else { return false }
    let year = inner[inner.index(after: yearOpen)...].prefix(5)
    return year.count == 5 && year.prefix(4).allSatisfy(\.isNumber) && year.last == ")"
  }

  private static func isConference(_ record: Record, types: [String]) -> Bool {
    if let risType = record.risType?.uppercased(), ["CONF", "ABST", "CPAPER"].contains(risType) {
      return true
    }
    if types.contains(where: { type in
      ["conference", "congress", "meeting abstract"].contains { ByteSearch.contains($0, in: type) }
    }) {
      return true
    }
    let venue = (record.journal ?? "").lowercased()
    return conferenceVenueWords.contains { ByteSearch.contains($0, in: venue) }
  }

  private static let conferenceVenueWords = [
    "conference", "congress", "meeting", "symposium", "proceedings", "abstracts",
  ]
}

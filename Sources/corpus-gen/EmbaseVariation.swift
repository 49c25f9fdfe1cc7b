/// The ways an Embase copy of a PubMed record differs from it, named as the truth file names
/// them, so that a deduplication run can be scored by the kind of difference it overcame.
enum EmbaseDifference: String, Sendable, CaseIterable {
  case doiUpperCase = "doi-upper-case"
  case doiAsURL = "doi-as-https-url"
  case doiMissing = "doi-missing"
  case titleCase = "title-in-title-case"
  case titlePunctuation = "title-punctuation"
  case titleSpelling = "title-american-spelling"
  case authorInitialsOnly = "authors-initials-only"
  case authorDiacriticsFolded = "authors-diacritics-folded"
  case yearOfEpublication = "year-of-e-publication"
  case pagesMissing = "pages-missing"
  case abstractMissing = "abstract-missing"
  case pmidGiven = "pmid-given-in-c5"

  /// Whether the difference can be applied to `study` at all (a spelling change needs British
  /// words, a year change needs an e-publication in another year, …).
  func applies(to study: Study) -> Bool {
    switch self {
    case .doiUpperCase, .doiAsURL, .doiMissing: study.doi != nil
    case .titleSpelling:
      SpellingConverter.americanized(study.title) != study.title
    case .authorDiacriticsFolded:
      study.authors.contains { author in
        if case .person(let family, let given, _) = author.name {
          return ASCIIFolding.fold(family + (given ?? "")) != family + (given ?? "")
        }
        return false
      }
    case .authorInitialsOnly: !study.authors.isEmpty
    case .yearOfEpublication:
      study.electronicDate.map { $0.year != study.issueDate.date.year } ?? false
    case .pagesMissing: study.volume != nil
    case .abstractMissing: !study.abstract.isEmpty
    case .titleCase, .titlePunctuation, .pmidGiven: true
    }
  }
}

/// Applies ``EmbaseDifference``s to the Embase rendering of a PubMed record.
enum EmbaseVariation {
  /// `record` with every difference in `differences` applied.
  static func apply(
    _ differences: [EmbaseDifference], to record: inout EmbaseRecord, study: Study
  ) {
    for difference in differences {
      switch difference {
      case .doiUpperCase:
        record.doi = record.doi?.uppercased()
      case .doiAsURL:
        record.doi = record.doi.map { "https://doi.org/\($0)" }
      case .doiMissing:
        record.doi = nil
        record.doiLink = nil
      case .titleCase:
        record.title = titleCased(record.title)
      case .titlePunctuation:
        record.title = repunctuated(record.title)
      case .titleSpelling:
        record.title = SpellingConverter.americanized(record.title)
      case .authorInitialsOnly:
        record.authors = study.authors.map { EmbaseRecord.authorName($0, initialsOnly: true) }
      case .authorDiacriticsFolded:
        record.authors = record.authors.map(ASCIIFolding.fold)
      case .yearOfEpublication:
        if let electronic = study.electronicDate { record.year = electronic.year }
      case .pagesMissing:
        record.volume = nil
        record.issue = nil
        record.startPage = nil
        record.endPage = nil
      case .abstractMissing:
        record.abstractLines = []
      case .pmidGiven:
        record.pmid = String(study.pmid)
        if !record.databases.contains("Medline") { record.databases.append("Medline") }
      }
    }
  }

  private static let smallWords: Set<String> = [
    "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "vs",
  ]

  /// `Social media for research` → `Social Media for Research`.
  static func titleCased(_ title: String) -> String {
    var words: [String] = []
    var startsClause = true
    for word in title.split(separator: " ", omittingEmptySubsequences: false) {
      let text = String(word)
      let lower = text.lowercased()
      if startsClause || !smallWords.contains(lower) {
        words.append(text.capitalizingFirstLetter())
      } else {
        words.append(text)
      }
      startsClause = text.hasSuffix(":") || text.hasSuffix("?")
    }
    return words.joined(separator: " ")
  }

  /// The same words with different punctuation: a colon becomes a dash, hyphens in compounds go.
  static func repunctuated(_ title: String) -> String {
    var result = title
    if result.contains(": ") {
      result = result.replacing(": ", with: " - ")
    } else if result.contains("? ") {
      result = result.replacing("? ", with: ": ")
    }
    for (hyphenated, joined) in [
      ("e-professionalism", "eprofessionalism"), ("audio-visual", "audiovisual"),
      ("live-tweeting", "live tweeting"), ("cross-sectional", "cross sectional"),
      ("mixed-methods", "mixed methods"), ("video-based", "video based"),
    ] where result.contains(hyphenated) {
      result = result.replacing(hyphenated, with: joined)
    }
    return result.replacing("\"", with: "'")
  }
}

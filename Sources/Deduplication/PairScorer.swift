import Foundation
import ReviewModel

/// A field two records are compared on.
public enum MatchField: String, Sendable, Hashable, Codable, CaseIterable {
  case doi, pmid, title, authors, year, journal, volume, issue, pages, abstract
}

/// Why two records are kept apart, or held back for a person to look at, whatever their score.
public enum KeepApartReason: String, Sendable, Hashable, Codable {
  /// Both have DOIs, and they differ.
  case differentDOI = "different-doi"
  /// Both have PMIDs, and they differ: PubMed never lists one article twice.
  case differentPMID = "different-pmid"
  /// One is an erratum, retraction, comment or reply and the other is not the same kind.
  case differentKind = "different-kind"
  /// The titles differ in a number (`Part 1`, `Part 2`; `2019 update`, `2020 update`).
  case differentNumber = "different-number"
  /// The years are further apart than a print and an online date can be.
  case yearsApart = "years-apart"
  /// A person said so (`litrev dedupe --review`, or a split group).
  case judgedDifferent = "judged-different"
  /// Two records of one export, only one with a DOI: the database itself lists them as two
  /// entries, so a person decides (unless their PMIDs agree).
  case sameExportDOIMismatch = "same-export-doi-mismatch"
  /// A conference abstract against a journal article: the same study, perhaps, but a
  /// different report of it; kept apart and flagged unless the protocol says to merge them.
  case conferenceAbstract = "conference-abstract"
}

/// How alike two records are.
public struct PairScore: Sendable, Hashable, Codable {
  /// From 0 to 1: the chance, roughly, that the two are the same study.
  public var value: Double
  /// The fields that agreed.
  public var matched: [MatchField]
  /// The fields that disagreed.
  public var conflicting: [MatchField]
  /// Set when a rule keeps the two apart (``value`` is then 0) or holds them for review.
  public var keptApart: KeepApartReason?

  public init(
    value: Double, matched: [MatchField] = [], conflicting: [MatchField] = [],
    keptApart: KeepApartReason? = nil
  ) {
    self.value = value
    self.matched = matched
    self.conflicting = conflicting
    self.keptApart = keptApart
  }
}

/// Scores a pair of records from the agreement of their fields.
///
/// Each field adds evidence for or against (a log-odds weight): the title most, then pages,
/// volume, authors, year, journal and issue. The sum goes through a logistic curve, so the
/// score reads as a probability: identical titles alone are not enough to be certain, identical
/// titles with the same first page and volume are. Rules that keep records apart come first and
/// override the score.
public struct PairScorer: Sendable {
  public var conferenceAbstracts: DeduplicationSettings.ConferenceAbstracts

  public init(conferenceAbstracts: DeduplicationSettings.ConferenceAbstracts = .keep) {
    self.conferenceAbstracts = conferenceAbstracts
  }

  /// Where the logistic curve crosses 0.5: the evidence of a same title, first author and year.
  static let midpoint = 6.0

  public func score(_ a: MatchKeys, _ b: MatchKeys) -> PairScore {
    var matched: [MatchField] = []
    var conflicting: [MatchField] = []
    var weight = 0.0
    var sameIdentifier = false

    if let x = a.doi, let y = b.doi {
      if x == y {
        matched.append(.doi)
        weight += 4
        sameIdentifier = true
      } else {
        return PairScore(value: 0, conflicting: [.doi], keptApart: .differentDOI)
      }
    }
    if let x = a.pmid, let y = b.pmid {
      if x == y {
        matched.append(.pmid)
        weight += 4
        sameIdentifier = true
      } else {
        return PairScore(value: 0, conflicting: [.pmid], keptApart: .differentPMID)
      }
    }
    if a.kind != b.kind && !isConferencePair(a, b) {
      return PairScore(value: 0, matched: matched, keptApart: .differentKind)
    }

    let title = TitleSimilarity.score(a, b)
    let shortTitle = min(a.titleTokens.count, b.titleTokens.count) < 4
    let longTitle = min(a.titleTokens.count, b.titleTokens.count) >= 8
    if title < 0.85 && (a.titleIsTranslation || b.titleIsTranslation) && Self.sameCitation(a, b) {
      // A translated title against another wording of it: the title cannot tell, and the
      // citation (journal, volume, a range of pages, year, first author) names one article,
      // as surely as a near-identical title with the same citation would.
      weight += 5
    } else {
      switch title {
      case 0.999...: weight += shortTitle ? 4.5 : longTitle ? 6.5 : 6
      case 0.95..<0.999: weight += 5
      case 0.9..<0.95: weight += 4
      case 0.85..<0.9: weight += 2.5
      case 0.75..<0.85: weight += 0.5
      default: weight -= 4
      }
      if title >= 0.85 {
        matched.append(.title)
      } else {
        conflicting.append(.title)
      }
    }
    if numbersConflict(a, b) {
      return PairScore(
        value: 0, matched: matched, conflicting: conflicting + [.title],
        keptApart: .differentNumber)
    }

    if let x = a.year, let y = b.year {
      switch abs(x - y) {
      case 0:
        matched.append(.year)
        weight += 0.5
      case 1:
        // An online-first year against the print year: no evidence against when the volume
        // agrees, since the volume fixes the print year.
        conflicting.append(.year)
        if a.volume == nil || a.volume != b.volume { weight -= 0.5 }
      default:
        if !sameIdentifier {
          return PairScore(
            value: 0, matched: matched, conflicting: conflicting + [.year],
            keptApart: .yearsApart)
        }
        conflicting.append(.year)
      }
    }

    switch AuthorAgreement.compare(a.authors, b.authors) {
    case .complete:
      matched.append(.authors)
      weight += 2
    case .strong:
      matched.append(.authors)
      weight += 1.5
    case .firstAuthor:
      matched.append(.authors)
      weight += 1
    case .partial:
      weight += 0.3
    case .none:
      conflicting.append(.authors)
      weight -= 1.5
    case .unknown:
      break
    }

    if Self.fieldsShifted(a, b) || Self.fieldsShifted(b, a) {
      // One export wrote the volume as the issue and the issue as the pages.
      matched.append(.volume)
      weight += 1
      return finish(weight: weight, matched: matched, conflicting: conflicting, a, b)
    }
    if let x = a.volume, let y = b.volume {
      if x == y {
        matched.append(.volume)
        weight += 1
      } else {
        conflicting.append(.volume)
        weight -= 2
      }
    }
    if let x = a.issue, let y = b.issue {
      if x == y {
        matched.append(.issue)
        weight += 0.3
      } else {
        conflicting.append(.issue)
        weight -= 0.5
      }
    }
    if let x = a.pages, let y = b.pages {
      if x.first == y.first {
        matched.append(.pages)
        weight += 1.5
        if let p = x.last, let q = y.last {
          weight += p == q ? 0.3 : -0.5
        }
      } else if let p = x.last, p == y.last, p != x.first, p != y.first {
        // The same last page of a range: a typo in the first ("2297-2108", "2097-2108").
        matched.append(.pages)
        weight += 0.5
      } else if a.isAbstractLike && b.isAbstractLike && matched.contains(.volume)
        && (a.kind == .conferenceAbstract || b.kind == .conferenceAbstract)
      {
        // Two one-page abstracts of one meeting: the abstract number and the page of the
        // supplement are easily confused. (Two one-page errata of one article are not.)
        conflicting.append(.pages)
        weight -= 1
      } else {
        conflicting.append(.pages)
        weight -= 2.5
      }
    }
    return finish(weight: weight, matched: matched, conflicting: conflicting, a, b)
  }

  /// Adds the evidence of journal and abstract to `weight` and makes the score.
  private func finish(
    weight: Double, matched: [MatchField], conflicting: [MatchField], _ a: MatchKeys,
    _ b: MatchKeys
  ) -> PairScore {
    var weight = weight
    var matched = matched
    var conflicting = conflicting
    if let agree = JournalAgreement.compare(a, b) {
      if agree {
        matched.append(.journal)
        weight += 0.5
      } else if a.kind != .conferenceAbstract || b.kind != .conferenceAbstract {
        // Proceedings are named every way ("AMCIS 2017 Proceedings", "Americas Conference on
        // Information Systems"): only a journal's name can disagree.
        conflicting.append(.journal)
        weight -= 0.3
      }
    }
    if !a.abstractWords.isEmpty && !b.abstractWords.isEmpty {
      let overlap = Self.jaccard(a.abstractWords, b.abstractWords)
      if overlap >= 0.8 {
        matched.append(.abstract)
        weight += 2
      } else if overlap < 0.3 {
        conflicting.append(.abstract)
        weight -= 1
      }
    }

    // Title, authors and year alone, however alike, do not make a pair certain: something
    // that places the publication (an identifier, the journal, volume, pages or abstract) must
    // agree too. Proceedings are the exception, their names being too varied to agree.
    let placing: Set<MatchField> = [.doi, .pmid, .journal, .volume, .pages, .abstract]
    let bothProceedings = a.kind == .conferenceAbstract && b.kind == .conferenceAbstract
    if placing.isDisjoint(with: matched) && !bothProceedings { weight -= 1 }
    let value = 1 / (1 + exp(-(weight - Self.midpoint)))
    var score = PairScore(value: value, matched: matched, conflicting: conflicting)
    // An abstract printed in a journal's supplement is the same publication in both
    // databases when volume and first page agree; otherwise it is another report of the study.
    let samePlace = matched.contains(.volume) && matched.contains(.pages)
    let article = a.kind == .article ? a : b
    if a.kind != b.kind && conferenceAbstracts == .keep && !samePlace && !article.isAbstractLike {
      score.keptApart = .conferenceAbstract
    }
    return score
  }

  /// True when the two records cite the same place: one journal, volume, year and first
  /// author, and the same range of two or more pages.
  ///
  /// A range rather than a first page: one-page items (abstracts, letters, errata) share a
  /// page with others far more often than two articles share both ends of a range.
  static func sameCitation(_ a: MatchKeys, _ b: MatchKeys) -> Bool {
    guard let x = a.pages, let y = b.pages, let last = x.last, last != x.first,
      x.first == y.first, last == y.last, let volume = a.volume, volume == b.volume,
      let year = a.year, year == b.year, let firstA = a.authors.first,
      let firstB = b.authors.first, AuthorAgreement.namesAgree(firstA, firstB)
    else { return false }
    return JournalAgreement.compare(a, b) == true
  }

  /// True when `a` has no volume, its issue is `b`'s volume and its first page is `b`'s issue.
  static func fieldsShifted(_ a: MatchKeys, _ b: MatchKeys) -> Bool {
    guard a.volume == nil, let issue = a.issue, let volume = b.volume, issue == volume,
      let page = a.pages?.first, let otherIssue = b.issue
    else { return false }
    return page == otherIssue
  }

  /// The share of hashes two sorted, unique arrays have in common.
  static func jaccard(_ a: [UInt32], _ b: [UInt32]) -> Double {
    var i = 0
    var j = 0
    var common = 0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        common += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return Double(common) / Double(a.count + b.count - common)
  }

  private func isConferencePair(_ a: MatchKeys, _ b: MatchKeys) -> Bool {
    let kinds: Set = [a.kind, b.kind]
    return kinds == [.conferenceAbstract, .article]
  }

  /// True when the titles' numbers differ where both titles have them.
  ///
  /// `Part 1` against `Part 2` conflict; a title cut short may lack the numbers at its end.
  private func numbersConflict(_ a: MatchKeys, _ b: MatchKeys) -> Bool {
    if a.titleNumbers == b.titleNumbers { return false }
    let common = min(a.titleNumbers.count, b.titleNumbers.count)
    if a.titleNumbers.prefix(common) != b.titleNumbers.prefix(common) { return true }
    // One has numbers the other lacks: a conflict unless the other was cut short.
    return abs(a.titleTokens.count - b.titleTokens.count) <= 3
  }
}

/// How far two author lists agree, by family name.
enum AuthorAgreement {
  /// Three or more authors, the same in both lists, in order.
  case complete
  /// The first author and at least three of the first five.
  case strong
  case firstAuthor, partial, none, unknown

  static func compare(_ a: [String], _ b: [String]) -> AuthorAgreement {
    guard let firstA = a.first, let firstB = b.first else { return .unknown }
    let headA = a.prefix(5)
    let headB = b.prefix(5)
    let shared = headA.count { name in headB.contains { namesAgree(name, $0) } }
    let firstAgree = namesAgree(firstA, firstB)
    if a.count >= 3 && a.count == b.count && zip(a, b).allSatisfy(namesAgree) { return .complete }
    if firstAgree && shared >= 3 { return .strong }
    if firstAgree { return .firstAuthor }
    if shared > 0 || b.contains(where: { namesAgree(firstA, $0) }) { return .partial }
    return .none
  }

  /// `lequintrec` and `quintrec`, `nuernberger` and `nurnberger`: names that databases spell
  /// with or without a particle, a transliteration or a typo.
  static func namesAgree(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    if a.utf8.count >= 4 && b.utf8.count >= 4 && (a.hasSuffix(b) || b.hasSuffix(a)) {
      return true
    }
    return a.utf8.count >= 5 && TitleSimilarity.isOneEditApart(a, b)
  }
}

/// Whether two journal names are one journal: equal, or one an abbreviation of the other
/// (each abbreviated word the start of a full word, in order: `Pediatr Nephrol`,
/// `N Engl J Med`).
enum JournalAgreement {
  static func compare(_ a: MatchKeys, _ b: MatchKeys) -> Bool? {
    let namesA = [a.journalWords, a.journalAbbreviationWords].filter { !$0.isEmpty }
    let namesB = [b.journalWords, b.journalAbbreviationWords].filter { !$0.isEmpty }
    guard !namesA.isEmpty, !namesB.isEmpty else { return nil }
    for x in namesA {
      for y in namesB where x == y || abbreviates(x, y) || abbreviates(y, x) {
        return true
      }
    }
    return false
  }

  /// True when every word of `short` starts a word of `long`, in order.
  static func abbreviates(_ short: [String], _ long: [String]) -> Bool {
    guard short.count <= long.count else { return false }
    var index = long.startIndex
    for word in short {
      guard let found = long[index...].firstIndex(where: { $0.hasPrefix(word) }) else {
        return false
      }
      index = long.index(after: found)
    }
    return true
  }
}

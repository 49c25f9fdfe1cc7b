import ReviewModel

/// A record's fields in the normalised forms duplicates are found by.
///
/// Computed once per record; blocking and scoring only ever look at these. A class, immutable:
/// scoring reads two records' keys per candidate pair, tens of millions of times, and handing a
/// class reference over costs one retain where a struct of a dozen arrays and strings cost a
/// retain for each of them.
public final class MatchKeys: Sendable {
  /// The bare, lower-cased DOI.
  public let doi: String?
  public let pmid: String?
  /// The title's words, folded (case, diacritics, punctuation, markup, British spelling), with
  /// a leading article and trailing notes (`[Erratum appears in …]`, `[Japanese]`) removed.
  ///
  /// Made from ``title`` when asked for: a million records' word Strings cost a fifth of the
  /// keys' memory, and scoring only needs their hashes and, for a typo, their bytes.
  public var titleWords: [String] {
    titleWordRanges.map { range in
      String(decoding: title.utf8.dropFirst(range.lowerBound).prefix(range.count), as: UTF8.self)
    }
  }
  /// Where each of ``titleWords`` ends in ``title``'s bytes.
  let titleWordEnds: [UInt16]
  /// A 64-bit hash of each of ``titleWords``: equal words are found by comparing integers.
  public let titleTokens: [UInt64]
  /// ``titleWords`` run together: the key titles are sorted and compared by.
  public let title: String
  /// The numbers in the title (`Part 2`, `2019 update`): two titles that differ only in them
  /// are different works.
  public let titleNumbers: [String]
  /// True when the title is a database's translation of a title in another language.
  ///
  /// MEDLINE writes those in square brackets (`[Indications of living-donor kidney
  /// transplantation]. [Spanish]`). Another database may translate the same title in other
  /// words, so a translated title is weak evidence against a pair whose citation agrees.
  public let titleIsTranslation: Bool
  /// The folded family names of the authors, in order.
  public let authors: [String]
  public let year: Int?
  /// The journal's words, folded, without filler words (`the`, `of`, `and`, `&`).
  public let journalWords: [String]
  /// The abbreviation's words, folded the same way.
  public let journalAbbreviationWords: [String]
  /// The volume's leading number (`47` from `47 Suppl 1`).
  public let volume: String?
  /// The issue's leading number.
  public let issue: String?
  public let pages: PageRange?
  public let kind: PublicationKind
  /// Hashes of the abstract's first words, sorted: enough to tell two abstracts apart.
  public let abstractWords: [UInt32]
  /// True when the record looks like a meeting abstract whatever its type says: in a
  /// supplement, or one page long.
  public let isAbstractLike: Bool

  /// The keys of `record`.
  public convenience init(_ record: Record) {
    var cache = MatchKeyCache()
    self.init(record, cache: &cache)
  }

  /// The keys of `record`, with the folded forms of values that repeat across records kept in
  /// `cache`.
  init(_ record: Record, cache: inout MatchKeyCache) {
    // Readers store DOIs normalised already; only a DOI from elsewhere needs the full pass.
    doi = record.doi.flatMap { doi in
      doi.hasPrefix("10.") && !doi.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A })
        ? doi : DOI.normalized(doi)
    }
    pmid = record.pmid.flatMap(PMID.normalized)
    let rawTitle = record.title ?? ""
    let foldedTitle = TextFolding.words(rawTitle)
    let kind = PublicationKind.of(record, foldedTitle: foldedTitle)
    self.kind = kind
    var titleText = Self.titleWithoutNotes(rawTitle)
    titleIsTranslation = Self.isBracketed(titleText)
    if kind == .erratum, let open = Self.trailingParenthesis(titleText),
      open != titleText.startIndex
    {
      // "… (vol 142, pg 310, 2003)", "… (The Journal of Pediatrics (M": where the article was.
      titleText = String(titleText[..<open])
    }
    // Most titles carry no notes: their words were folded for the kind already.
    var words = (titleText == rawTitle ? foldedTitle : TextFolding.words(titleText))
      .map(TextFolding.spelling)
    if kind != .article {
      // The kind is kept apart; the marker words would only hide that two notices agree.
      while words.count > 1, Self.noticeWords.contains(words[0]) { words.removeFirst() }
    }
    if words.count > 1, ["the", "a", "an"].contains(words[0]) { words.removeFirst() }
    // Word ends are 16-bit: the words of a title past 64 KB (never a real one) are dropped.
    var ends: [UInt16] = []
    var end = 0
    for word in words {
      end += word.utf8.count
      guard end <= Int(UInt16.max) else { break }
      ends.append(UInt16(end))
    }
    words.removeLast(words.count - ends.count)
    titleWordEnds = ends
    titleTokens = words.map(Self.wordHash)
    title = words.joined()
    titleNumbers = Self.numbers(in: words)
    authors = record.authors.compactMap { author in
      let folded = TextFolding.words(author.familyOrCollective).joined()
      return folded.isEmpty ? nil : folded
    }
    year = record.year
    journalWords = cache.journalWords(record.journal)
    journalAbbreviationWords = cache.journalWords(record.journalAbbreviation)
    volume = Self.leadingNumber(record.volume)
    issue = Self.leadingNumber(record.issue)
    let pages = record.pages.flatMap(PageRange.init)
    self.pages = pages
    abstractWords = Self.wordHashes(record.abstract, limit: 60)
    let issueText = (record.issue ?? "").lowercased() + " " + (record.volume ?? "").lowercased()
    let inSupplement =
      ByteSearch.contains("suppl", in: issueText) || ByteSearch.contains("sp. iss", in: issueText)
      || (issueText.first == "s" && issueText.dropFirst().first?.isNumber == true)
    let onePage = pages.map { $0.last == nil || $0.last == $0.first } ?? false
    isAbstractLike = inSupplement || onePage
  }

  /// The byte ranges of ``titleWords`` in ``title``.
  var titleWordRanges: [Range<Int>] {
    var start = 0
    return titleWordEnds.map { end in
      defer { start = Int(end) }
      return start..<Int(end)
    }
  }

  /// The byte range of the title's word `index` in ``title``.
  func titleWordRange(_ index: Int) -> Range<Int> {
    (index == 0 ? 0 : Int(titleWordEnds[index - 1]))..<Int(titleWordEnds[index])
  }

  /// The FNV-1a hash of `word`'s bytes.
  static func wordHash(_ word: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    return hash
  }

  /// FNV-1a hashes of the first `limit` folded words of `text`, sorted and unique.
  static func wordHashes(_ text: String?, limit: Int) -> [UInt32] {
    guard let text, !text.isEmpty else { return [] }
    var hashes: [UInt32] = []
    hashes.reserveCapacity(limit)
    let basis: UInt32 = 2_166_136_261
    // Plain ASCII without markup, as nearly every abstract is: hash the words as the folding
    // would make them (letters lower-cased, digits, apostrophes joining) without making them.
    let hashedInPlace = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x3C }) else { return false }
      var hash = basis
      var inWord = false
      for byte in bytes where hashes.count < limit {
        let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
          hash = (hash ^ UInt32(lower)) &* 16_777_619
          inWord = true
        } else if lower != 0x27 && inWord {
          hashes.append(hash)
          hash = basis
          inWord = false
        }
      }
      if inWord && hashes.count < limit { hashes.append(hash) }
      return true
    }
    if hashedInPlace != true {
      hashes.removeAll()
      for word in TextFolding.words(text).prefix(limit) {
        var hash = basis
        for byte in word.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        hashes.append(hash)
      }
    }
    hashes.sortAndRemoveDuplicates()
    return hashes
  }

  /// Words that open a notice's title rather than name its article.
  private static let noticeWords: Set<String> = [
    "erratum", "errata", "correction", "corrigendum", "published", "to", "retraction",
    "retracted", "notice", "of", "comment", "on", "re", "reply", "in",
  ]

  /// The title up to the first note a database appended: `[Erratum appears in …]`,
  /// `[Comment in …]`; a trailing one-word bracket such as `[Japanese]` goes too.
  static func titleWithoutNotes(_ title: String) -> String {
    guard title.utf8.contains(0x5B) || title.utf8.contains(0x28) else { return title }  // [ (
    var text = Substring(title)
    if title.utf8.contains(0x5B) {
      let lower = title.lowercased()
      for marker in noteMarkers {
        if let offset = ByteSearch.firstOffset(of: marker, in: lower),
          lower.utf8.count == title.utf8.count
        {
          text = Substring(ByteSearch.prefix(String(text), bytes: min(offset, text.utf8.count)))
        }
      }
    }
    while true {
      // Trailing notes of a few words: "[Japanese]", "[Review]", "[108 refs]", "[1]".
      let trimmed = text.trimmingWhitespace()
      guard trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") else { break }
      let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
      guard inside.split(separator: " ").count <= 3, open != trimmed.startIndex else { break }
      text = Substring(trimmed[..<open])
    }
    if let offset = ByteSearch.firstOffset(of: "(multiple letters)", in: String(text)) {
      text = Substring(ByteSearch.prefix(String(text), bytes: offset))
    }
    return String(text)
  }

  /// True when `title` is one bracketed phrase, a full stop after it allowed.
  static func isBracketed(_ title: String) -> Bool {
    var text = Substring(title.trimmingWhitespace())
    if text.hasSuffix(".") { text = text.dropLast() }
    guard text.hasPrefix("["), text.hasSuffix("]"), text.utf8.count > 2 else { return false }
    // "[Erratum] … [Spanish]" is two phrases, not one: the first bracket must close at the end.
    return text.dropFirst().dropLast().firstIndex(where: { $0 == "]" || $0 == "[" }) == nil
  }

  /// Where the parenthesis that ends `text` opens, or where an unclosed one opens.
  static func trailingParenthesis(_ text: String) -> String.Index? {
    var open: [String.Index] = []
    var lastClosed: String.Index?
    for index in text.indices {
      switch text[index] {
      case "(": open.append(index)
      case ")":
        if let start = open.popLast(), open.isEmpty { lastClosed = start }
      default: break
      }
    }
    if let first = open.first { return first }
    let trimmed = text.trimmingWhitespace()
    return trimmed.hasSuffix(")") ? lastClosed : nil
  }

  private static let noteMarkers = [
    "[erratum appears", "[comment in", "[comment on", "[retraction in", "[retracted",
    "[corrected", "[see comment", "[published erratum", "[summary for patients", "[update in",
    "[reprint in", "[republished",
  ]

  /// The title's numbers: words in digits, and the word after `part`, `phase` or `series`
  /// (`Part II`, `Part two`).
  private static func numbers(in words: [String]) -> [String] {
    var numbers: [String] = []
    for (index, word) in words.enumerated() {
      if word.first?.isNumber == true {
        numbers.append(word)
      } else if index > 0, ["part", "phase", "series", "volume"].contains(words[index - 1]) {
        numbers.append(word)
      }
    }
    return numbers
  }

  private static let journalFiller: Set<String> = [
    "the", "of", "and", "for", "in", "on", "de", "la",
  ]

  static func journalWords(_ journal: String?) -> [String] {
    guard var text = journal, !text.isEmpty else { return [] }
    // "Pediatric Nephrology.Conference: 44th Annual Meeting …": the meeting is not the journal.
    if text.utf8.contains(0x3A), let offset = ByteSearch.firstOffset(of: "Conference:", in: text) {
      text = ByteSearch.prefix(text, bytes: offset)
    }
    return TextFolding.words(text).map(TextFolding.spelling).filter {
      !journalFiller.contains($0)
    }
  }

  static func leadingNumber(_ text: String?) -> String? {
    guard let text else { return nil }
    let digits = text.drop { !$0.isNumber }.prefix { $0.isNumber }.drop { $0 == "0" }
    return digits.isEmpty ? nil : String(digits)
  }
}

/// A page range, with the last page written out in full (`123-9` is pages 123 to 129).
public struct PageRange: Sendable, Hashable {
  /// The first page's digits, without letters or leading zeros (`c37` and `37` agree).
  public var first: String
  public var last: String?
  /// The first page as written, letters included (`S390`, `e0123`).
  public var firstAsWritten: String

  public init?(_ text: String) {
    let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
      .map { $0.trimmingWhitespace() }
    guard let head = parts.first, !head.isEmpty else { return nil }
    guard let first = MatchKeys.leadingNumber(head) else { return nil }
    self.first = first
    firstAsWritten = head.lowercased()
    if parts.count > 1, var last = MatchKeys.leadingNumber(parts[1]) {
      if last.count < first.count, let firstNumber = Int(first), let lastNumber = Int(last),
        lastNumber < firstNumber
      {
        // "123-9" and "1844-59": the last page repeats the first page's leading digits.
        last = String(first.prefix(first.count - last.count)) + last
      }
      self.last = last
    }
  }
}

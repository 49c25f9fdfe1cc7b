import ReviewModel
import Testing

@testable import Deduplication

struct MatchKeysTests {
  private func keys(title: String) -> MatchKeys {
    MatchKeys(Record(title: title))
  }

  @Test func titlesFoldCasePunctuationDiacriticsAndMarkup() {
    let a = keys(title: "<i>In vitro</i> Complement Activation in Müller cells: a Study.")
    let b = keys(title: "In vitro complement activation in muller cells - a study")
    #expect(a.title == b.title)
    #expect(
      a.titleWords == [
        "in", "vitro", "complement", "activation", "in", "muller", "cells", "a", "study",
      ])
  }

  @Test func britishAndAmericanSpellingsFoldAlike() {
    let british = keys(title: "Haemolytic anaemia in paediatric tumours: randomised centre trial")
    let american = keys(title: "Hemolytic anemia in pediatric tumors: randomized center trial")
    #expect(british.title == american.title)
  }

  @Test func aLeadingArticleAndDatabaseNotesAreDropped() {
    let plain = keys(title: "Role of complement in renal disease")
    #expect(keys(title: "The role of complement in renal disease.").title == plain.title)
    #expect(keys(title: "[Role of complement in renal disease]. [Japanese]").title == plain.title)
    #expect(
      keys(title: "Role of complement in renal disease.[Erratum appears in J Pediatr. 2003 Jun")
        .title == plain.title)
  }

  @Test func doiIsComparedBareAndInLowerCase() {
    let keys = MatchKeys(Record(doi: "https://doi.org/10.5555/ABC.123"))
    #expect(keys.doi == "10.5555/abc.123")
  }

  @Test(
    arguments: [
      ("123-9", "123", "129"), ("123-129", "123", "129"), ("1844-59", "1844", "1859"),
      ("c37-c42", "37", "42"), ("S390-S391", "390", "391"), ("e0123", "123", nil),
    ] as [(String, String, String?)])
  func pageRangesAreWrittenOut(text: String, first: String, last: String?) {
    let pages = PageRange(text)
    #expect(pages?.first == first)
    #expect(pages?.last == last)
  }

  @Test func publicationKindsComeFromTitlesAndTypes() {
    #expect(keys(title: "Erratum: Role of complement").kind == .erratum)
    #expect(keys(title: "Role of complement (vol 142, pg 310, 2003)").kind == .erratum)
    #expect(
      MatchKeys(Record(title: "Role of complement", publicationTypes: ["Published Erratum"])).kind
        == .erratum)
    #expect(keys(title: "Re: Role of complement").kind == .comment)
    #expect(keys(title: "Comment on: Role of complement").kind == .comment)
    #expect(keys(title: "Role of complement - Reply").kind == .reply)
    #expect(keys(title: "Retraction notice to: Role of complement").kind == .retraction)
    #expect(
      MatchKeys(Record(title: "Role of complement", risType: "CONF")).kind == .conferenceAbstract)
    #expect(keys(title: "Role of complement [Erratum appears in Blood 2001]").kind == .article)
  }

  @Test func titleNumbersIncludeTheWordAfterPart() {
    #expect(keys(title: "Surgical training. Part II: networks").titleNumbers == ["ii"])
    #expect(keys(title: "The 2019 update, part 3").titleNumbers == ["2019", "3"])
  }

  @Test func journalWordsDropFillerAndMeetings() {
    let keys = MatchKeys(
      Record(journal: "Pediatric Nephrology.Conference: 44th Annual Meeting of the ESPN"))
    #expect(keys.journalWords == ["pediatric", "nephrology"])
  }
}

/// The hashed word comparison must agree with comparing the words themselves.
struct TitleDiceTests {
  @Test(arguments: [
    ("Paroxysmal nocturnal haemoglobinuria in pregnancy", "Paroxsmal nocturnal hemoglobinuria"),
    ("Complement and the kidney", "The kidney and complement"),
    ("Eculizumab for aHUS", "Plasma exchange for aHUS in children"),
    ("Role of role of complement", "Role of complement"),
  ])
  func hashesAgreeWithWords(a: String, b: String) {
    let x = MatchKeys(Record(title: a))
    let y = MatchKeys(Record(title: b))
    let expected = dice(x.titleWords, y.titleWords)
    #expect(expected > 0)
    #expect(abs(TitleSimilarity.dice(x, y) - expected) < 1e-9)
    #expect(abs(TitleSimilarity.dice(x.titleWords, y.titleWords) - expected) < 1e-9)
  }

  @Test func titlesOfMoreThanSixtyFourWordsAreComparedByTheirWords() {
    let long = (0..<70).map { "word\($0)" }.joined(separator: " ")
    let x = MatchKeys(Record(title: long))
    let y = MatchKeys(Record(title: long.replacing("word69", with: "wordz69")))
    #expect(abs(TitleSimilarity.dice(x, y) - 1) < 1e-9)
    let z = MatchKeys(Record(title: long.replacing("word69", with: "other")))
    #expect(abs(TitleSimilarity.dice(x, z) - 138.0 / 140) < 1e-9)
  }

  @Test func titleWordsComeBackFromTheJoinedTitle() {
    let keys = MatchKeys(Record(title: "Anti-factor H autoantibodies: a Fifth case"))
    #expect(keys.titleWords == ["anti", "factor", "h", "autoantibodies", "a", "fifth", "case"])
    #expect(keys.titleWords.joined() == keys.title)
  }

  /// Twice the shared words (one typo allowed in words of five letters or more) over all words,
  /// written out plainly for the test.
  private func dice(_ a: [String], _ b: [String]) -> Double {
    var rest = b
    var matches = 0
    for word in a {
      if let index = rest.firstIndex(of: word) {
        rest.remove(at: index)
        matches += 1
      }
    }
    for word in a where !b.contains(word) && word.count >= 5 {
      if let index = rest.firstIndex(where: { $0.count >= 5 && oneEdit(word, $0) }) {
        rest.remove(at: index)
        matches += 1
      }
    }
    return Double(2 * matches) / Double(a.count + b.count)
  }

  private func oneEdit(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    if x.count == y.count { return zip(x, y).filter { $0 != $1 }.count == 1 }
    let (short, long) = x.count < y.count ? (x, y) : (y, x)
    guard long.count == short.count + 1 else { return false }
    return long.indices.contains { index in
      var copy = long
      copy.remove(at: index)
      return copy == short
    }
  }
}

/// The shortcuts in building keys must give the keys the plain way gives.
struct KeyShortcutTests {
  @Test(arguments: [
    "Patients' outcomes: 12 of 40 (30%) relapsed; Crohn's disease, again and AGAIN.",
    "Eculizumab  --  twice\tover\nlines",
    "<i>Markup</i> goes the slow way",
    "Ångström and naïve café go the slow way too",
  ])
  func abstractHashesAreTheFoldedWordsHashes(text: String) {
    var expected: [UInt32] = []
    for word in TextFolding.words(text).prefix(60) {
      var hash: UInt32 = 2_166_136_261
      for byte in word.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
      expected.append(hash)
    }
    #expect(!expected.isEmpty)
    #expect(MatchKeys.wordHashes(text, limit: 60) == Array(Set(expected)).sorted())
    #expect(MatchKeys.wordHashes(text, limit: 3).count == Set(expected.prefix(3)).count)
  }

  @Test func aCachedJournalFoldsAsAFreshOne() {
    var cache = MatchKeyCache()
    let record = Record(title: "A title", journal: "British Journal of Haematology")
    let first = MatchKeys(record, cache: &cache)
    let second = MatchKeys(record, cache: &cache)
    #expect(first.journalWords == ["british", "journal", "hematology"])
    #expect(second.journalWords == MatchKeys(record).journalWords)
  }

  @Test func wordsWithoutBritishSpellingsComeBackUnchanged() {
    for word in ["kidney", "complement", "toes", "shoe", "oedema", "foetal", "tumour"] {
      let folded = TextFolding.spelling(word)
      #expect((folded == word) == ["kidney", "complement", "toes", "shoe"].contains(word))
    }
  }
}

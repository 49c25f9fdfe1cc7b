import Deduplication
import ReviewModel
import Testing

/// A title MEDLINE translated against another database's translation of it.
///
/// MEDLINE brackets a title it translated; another database translates the same title in other
/// words. The citation then decides, and only a full one.
struct TranslatedTitleTests {
  private let scorer = PairScorer()

  private let embase = Record(
    title: "Indications and contraindications for renal donation from the living. [Portuguese]",
    authors: [.person(family: "Ferreira", given: "A"), .person(family: "Lobo", given: "C")],
    year: 2012, journal: "Revista Portuguesa de Nefrologia", volume: "26", issue: "4",
    pages: "71-80")

  private var medline: Record {
    var record = embase
    record.title = "[Indications and contraindications of living-donor kidney transplantation]."
    record.journal = "Rev Port Nefrol"
    record.issue = nil
    return record
  }

  @Test func aBracketedTitleIsATranslation() {
    #expect(MatchKeys(medline).titleIsTranslation)
    #expect(!MatchKeys(embase).titleIsTranslation)
    #expect(!MatchKeys(Record(title: "[Erratum] Role of complement [Spanish]")).titleIsTranslation)
  }

  @Test func aTranslationWithTheSameCitationIsTheSameArticle() {
    let result = scorer.score(MatchKeys(embase), MatchKeys(medline))
    #expect(result.value >= 0.95)
    #expect(result.keptApart == nil)
    #expect(!result.conflicting.contains(.title))
  }

  @Test func withoutATranslationDifferentTitlesStayApartWhateverTheCitation() {
    var other = embase
    other.title = "Contraindications of living-donor kidney transplantation in adults"
    #expect(scorer.score(MatchKeys(embase), MatchKeys(other)).value < 0.5)
  }

  @Test(arguments: [
    ("71-79", "26", "Ferreira"),  // another last page
    ("71", "26", "Ferreira"),  // a single page: abstracts and letters share those
    ("71-80", "27", "Ferreira"),  // another volume
    ("71-80", "26", "Monteiro"),  // another first author
  ])
  func aTranslationNeedsTheWholeCitation(pages: String, volume: String, author: String) {
    var translated = medline
    translated.pages = pages
    translated.volume = volume
    translated.authors[0] = .person(family: author, given: "A")
    var original = embase
    if pages == "71" { original.pages = "71" }
    #expect(scorer.score(MatchKeys(original), MatchKeys(translated)).value < 0.5)
  }
}

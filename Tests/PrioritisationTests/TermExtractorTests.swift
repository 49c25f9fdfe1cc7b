import Prioritisation
import Testing

struct TermExtractorTests {
  @Test func foldsCaseAndDiacriticsAsTheQueryLanguageDoes() {
    let terms = TermExtractor().terms(of: ScreeningText(title: "Müller's CAFÉ study", abstract: ""))
    #expect(terms == ["muller", "cafe", "muller cafe", "study", "cafe study"])
  }

  @Test func dropsStopWordsWhenAskedAndSingleLettersBeforeMakingPairs() {
    let terms = TermExtractor(stopWords: EnglishStopWords.all).terms(
      of: ScreeningText(title: "The use of social media by a trainee", abstract: ""))
    #expect(
      terms == ["use", "social", "use social", "media", "social media", "trainee", "media trainee"])
  }

  @Test func neverPairsWordsOfTwoValues() {
    let terms = TermExtractor().terms(
      of: ScreeningText(
        title: "Twitter", abstract: "", keywords: ["Medical education"],
        meshTerms: ["Internship and Residency"]))
    #expect(terms.contains("medical education"))
    #expect(terms.contains("internship and"))
    #expect(terms.contains("and residency"))
    #expect(!terms.contains("twitter medical"))
    #expect(!terms.contains("education internship"))
  }

  @Test func keepsStopWordsByDefaultAndPairsEveryAdjacentWord() {
    let terms = TermExtractor().terms(
      of: ScreeningText(title: "A review of trials", abstract: "Effect of exercise"))
    #expect(
      terms == [
        "review", "of", "review of", "trials", "of trials", "effect", "of", "effect of",
        "exercise", "of exercise",
      ])
  }

  @Test func leavesOutPairsWhenAskedTo() {
    let terms = TermExtractor(includesWordPairs: false).terms(
      of: ScreeningText(title: "social media", abstract: "podcasts"))
    #expect(terms == ["social", "media", "podcasts"])
  }
}

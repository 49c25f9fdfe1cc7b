import Deduplication
import ReviewModel
import Testing

struct PairScorerTests {
  private let scorer = PairScorer()

  private let article = Record(
    title: "Plasma exchange before eculizumab in atypical haemolytic uraemic syndrome",
    authors: [.person(family: "Brennan", given: "S"), .person(family: "Kowalczyk", given: "M")],
    year: 2015, journal: "Kidney International Reports", volume: "4", issue: "2",
    pages: "211-9")

  private func score(_ a: Record, _ b: Record) -> PairScore {
    scorer.score(MatchKeys(a), MatchKeys(b))
  }

  @Test func theSameArticleWrittenTwoWaysIsCertain() {
    var other = article
    other.title = "Plasma Exchange Before Eculizumab in Atypical Hemolytic Uremic Syndrome."
    other.journal = "Kidney Int Rep"
    other.pages = "211-219"
    other.authors = [.person(family: "Brennan", given: "Siobhan"), .person(family: "Kowalczyk")]
    let result = score(article, other)
    #expect(result.value >= 0.95)
    #expect(result.keptApart == nil)
    #expect(
      Set(result.matched).isSuperset(of: [.title, .authors, .year, .volume, .pages, .journal]))
  }

  @Test func aSameTitleAloneIsNotCertain() {
    let bare = Record(title: article.title, authors: article.authors, year: 2015)
    let result = score(article, bare)
    #expect(result.value < 0.95)
  }

  @Test func differentPagesAndVolumeKeepASameTitleApart() {
    var other = article
    other.volume = "7"
    other.pages = "1001-8"
    #expect(score(article, other).value < 0.5)
  }

  @Test func yearsFarApartAreKeptApart() {
    var other = article
    other.year = 2018
    #expect(score(article, other).keptApart == .yearsApart)
  }

  @Test func anErratumIsNeverItsArticle() {
    var erratum = article
    erratum.title = "Erratum: " + (article.title ?? "")
    #expect(score(article, erratum).keptApart == .differentKind)
    var typed = article
    typed.otherFields = [SourceField(tag: "M3", value: "Erratum")]
    #expect(score(article, typed).keptApart == .differentKind)
    #expect(score(article, typed).value == 0)
  }

  @Test func commentsAndRepliesAreNotTheirArticles() {
    var comment = article
    comment.title = "Re: " + (article.title ?? "")
    #expect(score(article, comment).keptApart == .differentKind)
    var reply = article
    reply.title = (article.title ?? "") + " - Reply"
    #expect(score(article, reply).keptApart == .differentKind)
  }

  @Test func partsOfASeriesAreKeptApart() {
    var one = article
    one.title = "Social media in surgical training. Part 1: learning"
    var two = one
    two.title = "Social media in surgical training. Part 2: learning"
    #expect(score(one, two).keptApart == .differentNumber)
  }

  @Test func differentIdentifiersKeepApart() {
    var a = article
    a.doi = "10.5555/a"
    var b = article
    b.doi = "10.5555/b"
    #expect(score(a, b).keptApart == .differentDOI)
    a.doi = nil
    b.doi = nil
    a.pmid = "1"
    b.pmid = "2"
    #expect(score(a, b).keptApart == .differentPMID)
  }

  @Test func theSameDOIMakesAPairCertain() {
    var a = article
    a.doi = "10.5555/x"
    var b = Record(doi: "10.5555/X", title: article.title, year: 2015)
    b.journal = "Kidney Int Rep"
    #expect(score(a, b).value >= 0.95)
    #expect(score(a, b).matched.contains(.doi))
  }

  @Test func aConferenceAbstractIsFlaggedOrMergedAsConfigured() {
    var abstract = article
    abstract.risType = "CONF"
    abstract.volume = nil
    abstract.pages = nil
    let kept = scorer.score(MatchKeys(article), MatchKeys(abstract))
    #expect(kept.keptApart == .conferenceAbstract)
    let merged = PairScorer(conferenceAbstracts: .merge).score(
      MatchKeys(article), MatchKeys(abstract))
    #expect(merged.keptApart == nil)
    #expect(merged.value == kept.value)
  }

  @Test func anAbstractInTheSameSupplementPagesIsOnePublication() {
    var abstract = article
    abstract.journal = "Kidney International Reports.Conference: 12th Annual Meeting"
    let score = scorer.score(MatchKeys(article), MatchKeys(abstract))
    #expect(score.keptApart == nil)
    #expect(score.value >= 0.95)
  }

  @Test func twoErrataOfOneArticleAreTwoNotices() {
    var first = article
    first.title = "Erratum: " + (article.title ?? "")
    first.pages = "768"
    var second = first
    second.pages = "72"
    #expect(score(first, second).value < 0.8)
  }
}

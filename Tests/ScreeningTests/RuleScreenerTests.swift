import ReviewModel
import ReviewTestSupport
import Screening
import Testing

struct RuleScreenerTests {
  @Test func theFirstFailedCriterionIsTheReason() throws {
    let loaded = try ProtocolLoader().load(path: TestFiles.corpus("protocol.yaml"))
    let screener = RuleScreener(loaded)
    #expect(
      screener.criterionIDs == [
        "publication_year", "language", "publication_type", "not_postgraduate",
        "patient_content_only", "social_media",
      ])
    let trainees = Record(
      title: "Twitter for core trainees", year: 2019, languages: ["eng"],
      publicationTypes: ["Journal Article"])
    #expect(screener.failedCriterion(trainees) == nil)
    var oldLetter = trainees
    oldLetter.year = 2001
    oldLetter.publicationTypes = ["Letter"]
    #expect(screener.failedCriterion(oldLetter) == "publication_year")
    var letter = trainees
    letter.publicationTypes = ["Letter"]
    #expect(screener.failedCriterion(letter) == "publication_type")
    var students = trainees
    students.title = "Twitter for medical students"
    #expect(screener.failedCriterion(students) == "not_postgraduate")
    var noSocialMedia = trainees
    noSocialMedia.title = "Lectures for core trainees"
    #expect(screener.failedCriterion(noSocialMedia) == "social_media")
  }
}

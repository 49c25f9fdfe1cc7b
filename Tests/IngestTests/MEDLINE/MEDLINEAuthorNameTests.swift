import ReviewModel
import Testing

@testable import Ingest

/// The two spellings of an author's name, and how a record's author fields come together.
struct MEDLINEAuthorNameTests {
  @Test(arguments: [
    ("Casbon, James A", Author.person(family: "Casbon", given: "James A")),
    ("Hellinger, Frank R Jr", .person(family: "Hellinger", given: "Frank R Jr")),
    ("Ali Aziz-Sultan, Mohammad", .person(family: "Ali Aziz-Sultan", given: "Mohammad")),
    ("Sasaki", .person(family: "Sasaki")),
    ("Sasaki,", .person(family: "Sasaki")),
  ])
  func readsFullNames(value: String, expected: Author) {
    #expect(MEDLINEAuthorName.fullName(value) == expected)
  }

  @Test(arguments: [
    ("Casbon JA", Author.person(family: "Casbon", given: "JA")),
    ("Given CA 2nd", .person(family: "Given", given: "CA 2nd")),
    ("Smith J Jr", .person(family: "Smith", given: "J Jr")),
    ("van der Berg J", .person(family: "van der Berg", given: "J")),
    ("Tan", .person(family: "Tan")),
    ("de la Cruz", .person(family: "de la Cruz")),
  ])
  func readsShortNames(value: String, expected: Author) {
    #expect(MEDLINEAuthorName.shortName(value) == expected)
  }

  @Test func pairsEachFullNameWithItsShortForm() {
    var list = MEDLINEAuthorList()
    list.addAffiliation("First author's place")
    list.addFullName("Okafor, Chidi")
    list.addShortName("Okafor C")
    list.addShortName("Lindqvist M")
    list.addCollective("A Collaborative")
    list.addShortName("Chen L")
    list.addAffiliation("Chen's place")
    #expect(
      list.authors == [
        Author(.person(family: "Okafor", given: "Chidi"), affiliations: ["First author's place"]),
        .person(family: "Lindqvist", given: "M"),
        .collective("A Collaborative"),
        Author(.person(family: "Chen", given: "L"), affiliations: ["Chen's place"]),
      ])
    #expect(list.unattachedAffiliations.isEmpty)
  }

  @Test func affiliationsOfARecordWithoutAuthorsBelongToNoOne() {
    var list = MEDLINEAuthorList()
    list.addAffiliation("Somewhere")
    #expect(list.authors.isEmpty)
    #expect(list.unattachedAffiliations == ["Somewhere"])
  }
}

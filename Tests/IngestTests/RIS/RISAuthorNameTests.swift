import ReviewModel
import Testing

@testable import Ingest

/// Names as RIS exporters write them.
struct RISAuthorNameTests {
  @Test(arguments: [
    ("Okafor, Chidi", Author.person(family: "Okafor", given: "Chidi")),
    ("Shannon,Claude E.", .person(family: "Shannon", given: "Claude E.")),
    ("van Acker, B.", .person(family: "van Acker", given: "B.")),
    ("Liu R.", .person(family: "Liu", given: "R.")),
    ("Adler D.G.", .person(family: "Adler", given: "D.G.")),
    ("Brownstein C D", .person(family: "Brownstein", given: "C D")),
    ("Pereda-Suberbiola X", .person(family: "Pereda-Suberbiola", given: "X")),
    ("R. Liu", .person(family: "Liu", given: "R.")),
    ("CAIZHI SHEN", .person(family: "SHEN", given: "CAIZHI")),
    ("JUNCHANG LÜ", .person(family: "LÜ", given: "JUNCHANG")),
    ("Ludwig van Beethoven", .person(family: "van Beethoven", given: "Ludwig")),
    ("Dos Santos", .person(family: "Dos Santos", given: nil)),
    ("Nakamura", .person(family: "Nakamura", given: nil)),
    ("Author 1", .person(family: "Author 1", given: nil)),
    ("COVID-19 Trainee Collaborative", .collective("COVID-19 Trainee Collaborative")),
    ("Royal College of Physicians, London", .collective("Royal College of Physicians, London")),
    ("ESPRIT,", .collective("ESPRIT")),
  ])
  func readsName(_ text: String, _ expected: Author) {
    #expect(RISAuthorName.author(text[...]) == expected)
  }

  @Test func readsNothingFromBlanks() {
    #expect(RISAuthorName.author("  "[...]) == nil)
  }
}

import ReviewModel
import Testing

@testable import Ingest

/// `C1` addresses become affiliations of the authors their brackets name.
struct WoSAffiliationTests {
  @Test func eachAddressGoesToTheAuthorsInItsBrackets() throws {
    let result = try readFixture("wos/affiliations.txt")
    #expect(result.records.count == 2)
    let authors = try #require(result.records.first).authors
    #expect(authors.count == 3)
    #expect(
      authors.map(\.affiliations) == [
        [
          "Newcastle Univ, Sch Med Educ, Newcastle, England.",
          "Univ Lagos, Coll Med, Lagos, Nigeria.",
        ],
        ["Karolinska Inst, Stockholm, Sweden."],
        ["Newcastle Univ, Sch Med Educ, Newcastle, England."],
      ])
  }

  @Test func theAddressesStayAmongTheOtherFields() throws {
    let record = try #require(try readFixture("wos/affiliations.txt").records.first)
    let address = try #require(record.otherFields.first { $0.tag == "C1" })
    #expect(address.value.contains("Old Style Univ, Address Without Names"))
    #expect(address.value.contains("[Someone, Else] Nowhere Inst"))
  }

  @Test func shortNamesAreMatchedWhereThereAreNoFullNames() throws {
    let record = try #require(try readFixture("wos/affiliations.txt").records.last)
    #expect(record.authors.map(\.affiliations) == [[], ["Univ Porto, Porto, Portugal."]])
  }
}

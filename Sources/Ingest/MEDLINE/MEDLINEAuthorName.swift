import ReviewModel

/// Reads the two spellings MEDLINE gives an author: `FAU` (`Casbon, James A`) and `AU`
/// (`Casbon JA`), and puts a record's `FAU`, `AU`, `CN` and `AD` fields together into its
/// authors.
enum MEDLINEAuthorName {
  /// The author of an `FAU` value: the family name before the first comma, the given names
  /// (with any suffix, `Frank R Jr`) after it; a value without a comma is all family name.
  static func fullName(_ value: String) -> Author {
    guard let comma = value.utf8.firstIndex(of: 0x2C) else {
      return .person(family: value)
    }
    let family = value[..<comma].trimmingSpaces()
    let given = value[value.utf8.index(after: comma)...].trimmingSpaces()
    if family.isEmpty { return .person(family: String(given)) }
    return .person(family: String(family), given: given.isEmpty ? nil : String(given))
  }

  /// The author of an `AU` value: the family name, then the initials as one word of capitals
  /// (`Saqi MA`), then possibly a suffix (`Given CA 2nd`, `Smith J Jr`).
  static func shortName(_ value: String) -> Author {
    var words = value.split(separator: " ")
    guard words.count > 1, let last = words.last else { return .person(family: value) }
    var given = ""
    if suffixes.contains(String(last)), words.count > 2, isInitials(words[words.count - 2]) {
      given = " " + last
      words.removeLast()
    }
    guard let initials = words.last, isInitials(initials) else {
      return .person(family: value)
    }
    given = initials + given
    words.removeLast()
    return .person(family: words.joined(separator: " "), given: given)
  }

  /// Suffixes NLM writes after the initials in `AU`.
  private static let suffixes: Set<String> = ["Jr", "Sr", "2nd", "3rd", "4th", "5th"]

  private static func isInitials(_ word: Substring) -> Bool {
    !word.isEmpty && word.utf8.count <= 6 && word.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
  }
}

/// A record's authors, gathered from its fields in file order.
///
/// `FAU` starts an author; the first `AU` after it, before the next `FAU` or `CN`, is the same
/// author's short form, and any other `AU` is an author of its own, as records indexed before
/// 2002 have them. `CN` is a collective author in its place among the others. `AD` is an
/// affiliation of the author before it; one before any author belongs to the first, as older
/// records give a single `AD` for the first author ahead of the names.
struct MEDLINEAuthorList {
  private(set) var authors: [Author] = []
  private var affiliationsBeforeAuthors: [String] = []
  /// True while the last author came from an `FAU` whose `AU` has not been seen.
  private var awaitsShortForm = false

  mutating func addFullName(_ value: String) {
    append(MEDLINEAuthorName.fullName(value))
    awaitsShortForm = true
  }

  mutating func addShortName(_ value: String) {
    if awaitsShortForm {
      awaitsShortForm = false
      return
    }
    append(MEDLINEAuthorName.shortName(value))
  }

  mutating func addCollective(_ value: String) {
    append(.collective(value))
    awaitsShortForm = false
  }

  mutating func addAffiliation(_ value: String) {
    if let last = authors.indices.last {
      authors[last].affiliations.append(value)
    } else {
      affiliationsBeforeAuthors.append(value)
    }
  }

  private mutating func append(_ author: Author) {
    var author = author
    if authors.isEmpty && !affiliationsBeforeAuthors.isEmpty {
      author.affiliations = affiliationsBeforeAuthors
      affiliationsBeforeAuthors = []
    }
    authors.append(author)
  }

  /// The affiliations of a record that names no author, which then belong to no one.
  var unattachedAffiliations: [String] { affiliationsBeforeAuthors }
}

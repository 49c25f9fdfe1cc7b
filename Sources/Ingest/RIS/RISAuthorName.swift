import ReviewModel

/// Reads an author as RIS exporters write one: `Family, Given` mostly, but also `Family G.`
/// (Embase, EPPI-Reviewer), `Given Family` (CINAHL, for some names) and group names, which are
/// told by their words (`Group`, `Consortium`, …) or, as EndNote writes them, a comma after them.
enum RISAuthorName {
  /// The author named by `text`, or nil when it is blank.
  static func author(_ text: Substring) -> Author? {
    // On the UTF-8 bytes, since this runs for every author of every record. The places cut at
    // (a comma, spaces) are ASCII, so every piece is valid UTF-8 and decodes without repairs.
    let read = text.utf8.withContiguousStorageIfAvailable { author(in: $0) }
    return read ?? Array(text.utf8).withUnsafeBufferPointer { author(in: $0) }
  }

  private static func author(in bytes: UnsafeBufferPointer<UInt8>) -> Author? {
    let name = trimmed(bytes[...])
    guard !name.isEmpty else { return nil }
    let comma = name.firstIndex(of: 0x2C)
    if hasCollectiveWord(in: UnsafeBufferPointer(rebasing: name))
      || (comma == nil && name.lazy.filter { $0 == 0x20 }.count >= 5)
    {
      // A name of more than five words without a comma is an organisation far more often than
      // a person.
      return .collective(text(of: name))
    }
    guard let comma else { return personWithoutComma(text(of: name)[...]) }
    let family = trimmed(name[..<comma])
    let given = trimmed(name[(comma + 1)...])
    if family.isEmpty {
      return .person(family: text(of: given))
    }
    if given.isEmpty {
      // `Name,`: EndNote's way of marking a group author.
      return .collective(text(of: family))
    }
    return .person(family: text(of: family), given: text(of: given))
  }

  private static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>)
    -> Slice<UnsafeBufferPointer<UInt8>>
  {
    var lower = bytes.startIndex
    var upper = bytes.endIndex
    while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
    while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
    return bytes[lower..<upper]
  }

  private static func text(of bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
  }

  /// `Liu R.`, `Brownstein C D`: initials after the family name; `R. Liu`: before it;
  /// otherwise the given names come first and the family name is the last word, with its
  /// particles (`Ludwig van Beethoven`).
  private static func personWithoutComma(_ name: Substring) -> Author {
    let words = name.split(separator: " ")
    guard words.count > 1 else { return .person(family: String(name)) }
    // In a name written all in capitals (CINAHL: `JUNCHANG LÜ`) a short word is not an initial.
    let allCapitals = !name.contains { $0.isLowercase }
    let isInitial = { (word: Substring) in Self.isInitials(word, allCapitals: allCapitals) }
    let trailing = words.reversed().prefix(while: isInitial).count
    if trailing > 0 && trailing < words.count {
      return .person(
        family: words.dropLast(trailing).joined(separator: " "),
        given: words.suffix(trailing).joined(separator: " "))
    }
    let leading = words.prefix(while: isInitial).count
    if leading > 0 && leading < words.count {
      return .person(
        family: words.dropFirst(leading).joined(separator: " "),
        given: words.prefix(leading).joined(separator: " "))
    }
    guard let last = words.last, last.contains(where: \.isLetter) else {
      return .person(family: String(name))
    }
    var familyStart = words.count - 1
    while familyStart > 0 && particles.contains(words[familyStart - 1].lowercased()) {
      familyStart -= 1
    }
    let given = words[..<familyStart].joined(separator: " ")
    return .person(
      family: words[familyStart...].joined(separator: " "), given: given.isEmpty ? nil : given)
  }

  /// True for initials: `R.`, `D.G.`, `MA`, `J-P`, up to three capitals with dots or hyphens.
  ///
  /// In a name written all in capitals only a dotted word or a single letter counts.
  private static func isInitials(_ word: Substring, allCapitals: Bool) -> Bool {
    let letters = word.filter { $0 != "." && $0 != "-" }
    guard !letters.isEmpty, letters.count <= 3, letters.allSatisfy(\.isUppercase) else {
      return false
    }
    return !allCapitals || word.containsByte(0x2E) || letters.count == 1
  }

  /// Words that start a family name written after the given names.
  private static let particles: Set<String> = [
    "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le", "ten", "ter",
    "dos", "das", "do", "bin", "al", "el", "st.",
  ]

  /// Words that mark a group author rather than a person, lower-cased.
  private static let collectiveWords = [
    "group", "groups", "consortium", "collaboration", "collaborative", "collaborators",
    "committee", "organization", "organisation", "association", "society", "institute",
    "network", "team", "investigators", "council", "agency", "foundation", "study", "trial",
    "trialists", "working", "taskforce", "force", "centre", "center", "university", "department",
    "ministry", "board", "panel", "alliance", "initiative", "program", "programme", "services",
    "authority", "federation", "college", "academy", "commission", "registry", "project",
    "writing", "steering", "investigator", "office", "coalition", "partnership",
  ]

  /// ``collectiveWords`` as bytes, by length: a word is compared only with those of its length.
  private static let collectiveWordsByLength: [[[UInt8]]] = {
    var table = [[[UInt8]]](repeating: [], count: 16)
    for word in collectiveWords { table[word.utf8.count].append(Array(word.utf8)) }
    return table
  }()

  /// Which (length, first letter, last letter) some collective word has, so that nearly every
  /// word of a person's name is ruled out by one look-up.
  private static let collectiveWordShapes: [Bool] = {
    var shapes = [Bool](repeating: false, count: 16 * 26 * 26)
    for word in collectiveWords {
      let bytes = Array(word.utf8)
      shapes[shape(length: bytes.count, first: bytes[0], last: bytes[bytes.count - 1])] = true
    }
    return shapes
  }()

  private static func shape(length: Int, first: UInt8, last: UInt8) -> Int {
    (length * 26 + Int(first - 0x61)) * 26 + Int(last - 0x61)
  }

  /// True when one of the name's words marks a group.
  ///
  /// Allocates nothing, since this runs for every author of every record: a word is a run of
  /// letters, and an ASCII word of the shape of a collective word is compared with those of its
  /// length.
  private static func hasCollectiveWord(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = 0
    var isASCIIWord = true
    func isCollective(endingAt end: Int) -> Bool {
      let length = end - start
      guard isASCIIWord, length < 16 else { return false }
      let first = bytes[start] | 0x20
      let last = bytes[end - 1] | 0x20
      guard collectiveWordShapes[shape(length: length, first: first, last: last)] else {
        return false
      }
      return collectiveWordsByLength[length].contains { candidate in
        candidate.indices.allSatisfy { candidate[$0] == bytes[start + $0] | 0x20 }
      }
    }
    for index in 0..<bytes.count {
      let byte = bytes[index]
      let lower = byte | 0x20
      if (lower >= 0x61 && lower <= 0x7A) || byte >= 0x80 {
        // A byte of a letter outside ASCII makes the word no collective word, but it goes on.
        if byte >= 0x80 { isASCIIWord = false }
      } else {
        if index > start && isCollective(endingAt: index) { return true }
        start = index + 1
        isASCIIWord = true
      }
    }
    return bytes.count > start && isCollective(endingAt: bytes.count)
  }
}

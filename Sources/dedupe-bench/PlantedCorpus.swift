import ReviewModel

/// A deterministic corpus of distinct studies with planted duplicates, and which records are
/// copies of which study.
///
/// Each duplicate is a copy of a study as another database would export it: title case and
/// punctuation changed, British spellings, a cut or relabelled title, the journal abbreviated,
/// pages in the short form, the DOI dropped or written as a URL, authors as initials, diacritics
/// folded, the year of online publication. Hard negatives are planted too: errata of studies,
/// and different studies that share a title.
struct PlantedCorpus {
  var records: [Record] = []
  /// The study each record is a copy of.
  var study: [Int] = []

  init(count: Int, duplicateShare: Double, seed: UInt64) {
    var random = SplitMix(seed: seed)
    records.reserveCapacity(count)
    study.reserveCapacity(count)
    var studies: [Record] = []
    while records.count < count {
      let roll = random.unit()
      if !studies.isEmpty && roll < duplicateShare {
        let original = random.int(below: studies.count)
        records.append(Self.variant(of: studies[original], &random))
        study.append(original)
      } else if !studies.isEmpty && roll < duplicateShare + 0.01 {
        // An erratum: the study's title and authors, another page; a study of its own.
        var erratum = studies[random.int(below: studies.count)]
        erratum.title = "Erratum: " + (erratum.title ?? "")
        erratum.pages = String(random.int(below: 900) + 1)
        erratum.doi = nil
        erratum.abstract = nil
        studies.append(erratum)
        records.append(erratum)
        study.append(studies.count - 1)
      } else if !studies.isEmpty && roll < duplicateShare + 0.02 {
        // Another study with the same title.
        var other = Self.study(&random)
        other.title = studies[random.int(below: studies.count)].title
        studies.append(other)
        records.append(other)
        study.append(studies.count - 1)
      } else {
        let made = Self.study(&random)
        studies.append(made)
        records.append(made)
        study.append(studies.count - 1)
      }
    }
  }

  private static func study(_ random: inout SplitMix) -> Record {
    let wordCount = 7 + random.int(below: 8)
    var words: [String] = []
    if random.unit() < 0.05 { words = ["Social", "media", "in", "postgraduate", "training:"] }
    for _ in words.count..<wordCount {
      words.append(Vocabulary.words[random.int(below: Vocabulary.words.count)])
    }
    words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
    let authorCount = 1 + random.int(below: 6)
    let authors = (0..<authorCount).map { _ in
      Author.person(
        family: Vocabulary.families[random.int(below: Vocabulary.families.count)],
        given: Vocabulary.given[random.int(below: Vocabulary.given.count)])
    }
    let journal = Vocabulary.journals[random.int(below: Vocabulary.journals.count)]
    let first = 1 + random.int(below: 2000)
    let length = 3 + random.int(below: 12)
    let year = 1995 + random.int(below: 30)
    var record = Record(
      title: words.joined(separator: " "), authors: authors, year: year, journal: journal.full,
      journalAbbreviation: journal.abbreviation, volume: String(year - 1990 + random.int(below: 3)),
      issue: String(1 + random.int(below: 12)), pages: "\(first)-\(first + length)")
    if random.unit() < 0.6 {
      record.doi =
        "10.5555/\(journal.abbreviation.filter(\.isLetter).lowercased()).\(random.next() % 10_000_000)"
    }
    if random.unit() < 0.7 {
      record.abstract = (0..<40).map { _ in
        Vocabulary.words[random.int(below: Vocabulary.words.count)]
      }.joined(separator: " ")
    }
    return record
  }

  private static func variant(of original: Record, _ random: inout SplitMix) -> Record {
    var copy = original
    var title = original.title ?? ""
    if random.unit() < 0.4 {
      title = title.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
        .joined(separator: " ")
    }
    if random.unit() < 0.3 { title += "." }
    if random.unit() < 0.2 { title = title.replacing(":", with: " -") }
    if random.unit() < 0.2 {
      title = title.replacing("hemo", with: "haemo").replacing("pediatric", with: "paediatric")
        .replacing("ization", with: "isation")
    }
    copy.title = title
    if random.unit() < 0.5 { swap(&copy.journal, &copy.journalAbbreviation) }
    if random.unit() < 0.4, let pages = original.pages {
      let parts = pages.split(separator: "-")
      if parts.count == 2, parts[0].count == parts[1].count, parts[0].count > 1 {
        let common = zip(parts[0], parts[1]).prefix { $0 == $1 }.count
        copy.pages = "\(parts[0])-\(parts[1].dropFirst(common))"
      }
    }
    let doiRoll = random.unit()
    if doiRoll < 0.3 {
      copy.doi = nil
    } else if doiRoll < 0.4, let doi = copy.doi {
      copy.doi = "https://doi.org/" + doi.uppercased()
    }
    if random.unit() < 0.5 {
      copy.authors = original.authors.map { author in
        guard case .person(let family, let given) = author.name else { return author }
        return .person(family: family, given: given.map { String($0.prefix(1)) + "." })
      }
    }
    if random.unit() < 0.3 { copy.abstract = nil }
    if random.unit() < 0.05, let year = original.year { copy.year = year + 1 }
    return copy
  }
}

/// A small, fast, seeded generator (SplitMix64): the same seed gives the same corpus.
struct SplitMix {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func int(below bound: Int) -> Int {
    Int(next() % UInt64(bound))
  }

  mutating func unit() -> Double {
    Double(next() >> 11) / Double(1 << 53)
  }
}

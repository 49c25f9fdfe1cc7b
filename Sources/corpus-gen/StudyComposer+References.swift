/// Composes reference lists: some entries cite earlier generated records (so the corpus has a
/// citation network), the rest are invented works with their own DOIs.
extension StudyComposer {
  func composeReferences(
    _ study: inout Study, context: StudyContext, citable: [CitedWork],
    random: inout SeededGenerator
  ) {
    let count = random.int(in: 8...30)
    let earlier = citable.filter { $0.year < context.year }
    var references: [CitedWork] = []
    references.reserveCapacity(count)
    for _ in 0..<count {
      if !earlier.isEmpty && random.chance(15) {
        references.append(random.pick(earlier))
      } else {
        references.append(inventedReference(before: context.year, random: &random))
      }
    }
    study.references = references
  }

  private func inventedReference(before year: Int, random: inout SeededGenerator) -> CitedWork {
    let journal = random.pick(JournalCatalogue.journals)
    let citedYear = max(journal.firstYear, year - random.int(in: 0...14))
    let date = CalendarDate(year: citedYear, month: random.int(in: 1...12), day: 1)
    let volume = journal.volume(for: citedYear)
    let issue = random.int(in: 1...max(1, journal.issuesPerYear))
    let firstPage = random.int(in: 1...1400)
    let pages = Pages.range(
      first: String(firstPage), last: String(firstPage + random.int(in: 3...12)))
    let pool = random.pick(weighted: random.pick(Places.countries).namePools)
    var names: [String] = []
    for _ in 0..<random.int(in: 1...3) {
      names.append("\(random.pick(pool.family)) \(Self.initials(of: random.pick(pool.given)))")
    }
    let authors = names.joined(separator: ", ") + (random.chance(40) ? ", et al" : "")
    let title = random.pick(referenceTitles)
    let doi =
      citedYear >= 2004 && random.chance(80)
      ? doi(journal: journal, date: date, random: &random) : nil
    var citation = "\(authors). \(title). \(journal.isoAbbreviation). \(citedYear);\(volume)"
    citation += "(\(issue)):\(pages.medlineText ?? "1")."
    if let doi, random.chance(50) { citation += " doi: \(doi)." }
    let pmid = random.chance(60) ? Self.pmid(year: citedYear, random: &random) : nil
    return CitedWork(citation: citation, year: citedYear, doi: doi, pmid: pmid, pmcid: nil)
  }

  /// A PMID in the range PubMed was assigning in `year`.
  static func pmid(year: Int, random: inout SeededGenerator) -> Int {
    let starts: [(Int, Int)] = [
      (1998, 9_430_000), (2002, 11_750_000), (2006, 16_390_000), (2010, 20_040_000),
      (2014, 24_370_000), (2018, 29_300_000), (2020, 31_900_000), (2022, 34_990_000),
      (2024, 38_150_000), (2026, 41_400_000),
    ]
    var lower = starts[0]
    var upper = starts[starts.count - 1]
    for (index, start) in starts.enumerated() where start.0 <= year {
      lower = start
      upper = index + 1 < starts.count ? starts[index + 1] : (start.0 + 1, start.1 + 1_600_000)
    }
    let perYear = (upper.1 - lower.1) / max(1, upper.0 - lower.0)
    return lower.1 + (year - lower.0) * perYear + random.int(below: perYear)
  }

  /// How a record is cited in later records' reference lists.
  static func citedWork(for study: Study) -> CitedWork {
    let names = study.authors.prefix(3).compactMap { author -> String? in
      switch author.name {
      case .person(let family, _, let initials): "\(family) \(initials)"
      case .collective(let name): name
      }
    }
    var citation = names.joined(separator: ", ")
    if study.authors.count > 3 { citation += ", et al" }
    if !citation.isEmpty { citation += ". " }
    let title = InlineMarkup.plain(study.title)
    citation += title.hasSuffix(".") || title.hasSuffix("?") ? title : title + "."
    citation += " \(study.journal.isoAbbreviation). \(study.issueDate.date.year)"
    if let volume = study.volume {
      citation += ";\(volume)"
      if let issue = study.issue { citation += "(\(issue))" }
      if let pages = study.pages.medlineText { citation += ":\(pages)" }
    }
    citation += "."
    return CitedWork(
      citation: citation, year: study.issueDate.date.year, doi: study.doi, pmid: study.pmid,
      pmcid: study.pmcid)
  }
}

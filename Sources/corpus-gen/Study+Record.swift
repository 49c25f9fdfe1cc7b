import ReviewModel

extension Study {
  /// The study as litrev's record, for the formats written from records (MEDLINE, BibTeX, Web
  /// of Science, EndNote XML): what a database would export of it.
  var record: Record {
    var record = Record(
      pmid: String(pmid), doi: doi, pmcid: pmcid, title: InlineMarkup.plain(title),
      year: issueDate.date.year, journal: journal.title,
      journalAbbreviation: journal.isoAbbreviation, volume: volume, issue: issue,
      pages: pages.medlineText, issn: journal.printISSN ?? journal.electronicISSN,
      keywords: keywords, languages: [language], sourceId: String(pmid))
    record.vernacularTitle = vernacularTitle.map(InlineMarkup.plain)
    let sections = abstract.map { section in
      (section.label.map { "\($0): " } ?? "") + InlineMarkup.plain(section.text)
    }
    record.abstract = sections.isEmpty ? nil : sections.joined(separator: " ")
    record.authors = authors.map { author in
      switch author.name {
      case .person(let family, let given, let initials):
        Author(.person(family: family, given: given ?? initials), affiliations: author.affiliations)
      case .collective(let name):
        Author(.collective(name), affiliations: author.affiliations)
      }
    }
    record.meshHeadings = mesh.map { heading in
      MeshHeading(
        descriptor: heading.descriptor.name, qualifiers: heading.qualifiers.map(\.0.name),
        isMajorTopic: heading.major || heading.qualifiers.contains { $0.1 })
    }
    record.publicationTypes = ["Journal Article"]
    return record
  }
}

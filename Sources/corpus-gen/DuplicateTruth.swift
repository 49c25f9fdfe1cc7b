/// Writes `truth/duplicates.json`: which Embase record is the same study as which PubMed record,
/// and which look-alike pairs must stay apart, so that deduplication can be scored.
enum DuplicateTruth {
  /// The truth file's text.
  static func json(_ corpus: ExampleCorpus, seed: UInt64, date: CalendarDate) -> String {
    var json = JSONWriter()
    json.openObject()
    json.string(
      "description",
      "Ground truth for deduplicating the example review's PubMed and Embase exports. "
        + "'sameStudy' pairs an Embase record (accession number, the RIS AN field) with the "
        + "PubMed record (PMID) of the same article; an Embase record appears at most once, and "
        + "a PMID twice when Embase holds two copies of the article. 'nearDuplicates' are "
        + "look-alike pairs that are different works and must not be merged. Every record not "
        + "named in 'sameStudy' is unique to its export.")
    json.string("generatedBy", "corpus-gen example --output-dir Corpus --seed \(seed)")
    json.string("searchDate", date.iso)
    json.openObject("files")
    json.openObject("pubmed")
    json.string("path", "searches/pubmed-\(date.iso).xml")
    json.number("records", corpus.pubmed.count)
    json.strings("deletedPMIDs", corpus.deletedPMIDs.map(String.init))
    json.closeObject()
    json.openObject("embase")
    json.string("path", "searches/embase-\(date.iso).ris")
    json.number("records", corpus.embase.count)
    json.closeObject()
    json.closeObject()
    let pmidsWithCopies = Set(corpus.sameStudy.map(\.pmid))
    json.openObject("counts")
    json.number("sameStudyPairs", corpus.sameStudy.count)
    json.number("pubmedRecordsAlsoInEmbase", pmidsWithCopies.count)
    json.number("embaseRecordsOnlyInEmbase", corpus.embase.count - corpus.sameStudy.count)
    json.number(
      "uniqueStudiesAcrossBoth", corpus.pubmed.count + corpus.embase.count - corpus.sameStudy.count)
    json.number("nearDuplicatePairs", corpus.nearDuplicates.count)
    json.closeObject()
    json.openArray("sameStudy")
    for pair in corpus.sameStudy {
      json.openObject()
      json.string("pmid", String(pair.pmid))
      json.string("embase", pair.accession)
      if let doi = pair.doi { json.string("doi", doi) }
      json.strings("differences", pair.differences)
      json.closeObject()
    }
    json.closeArray()
    json.openArray("nearDuplicates")
    for pair in corpus.nearDuplicates {
      json.openObject()
      json.string("kind", pair.kind)
      json.strings(
        "records",
        ["\(pair.first.source):\(pair.first.id)", "\(pair.second.source):\(pair.second.id)"])
      json.string("note", pair.note)
      json.closeObject()
    }
    json.closeArray()
    json.closeObject()
    return json.text
  }
}

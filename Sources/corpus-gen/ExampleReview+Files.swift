#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes the example review's files under a `Corpus` directory.
extension ExampleReview {
  /// The files written, relative to the output directory, with their record counts.
  struct Summary {
    var files: [(path: String, records: Int?)] = []
  }

  /// Writes `searches/` (both exports and their strategies) and `truth/duplicates.json`.
  ///
  /// - Parameter directory: The `Corpus` directory; `searches` and `truth` are created in it.
  /// - Returns: What was written.
  /// - Throws: ``CorpusGenError`` when a directory or file cannot be written.
  func write(to directory: String) throws(CorpusGenError) -> Summary {
    let corpus = build()
    let date = Self.searchDate
    let searches = directory + "/searches"
    let truth = directory + "/truth"
    for path in [directory, searches, truth, directory + "/survey"] {
      try Self.makeDirectory(path)
    }
    var summary = Summary()

    let pubmedPath = "searches/pubmed-\(date.iso).xml"
    let pubmedFile = try BufferedFileWriter(path: directory + "/" + pubmedPath)
    let xml = PubMedXMLWriter(output: pubmedFile)
    xml.writeHeader()
    for study in corpus.pubmed { xml.write(study) }
    xml.writeFooter(deleted: corpus.deletedPMIDs)
    try pubmedFile.close()
    summary.files.append((pubmedPath, corpus.pubmed.count))

    let embasePath = "searches/embase-\(date.iso).ris"
    let embaseFile = try BufferedFileWriter(path: directory + "/" + embasePath)
    let ris = EmbaseRISWriter(output: embaseFile)
    ris.writeByteOrderMark()
    for record in corpus.embase { ris.write(record) }
    try embaseFile.close()
    summary.files.append((embasePath, corpus.embase.count))

    let texts: [(String, String)] =
      [
        (
          "searches/pubmed-\(date.iso).query.txt",
          SearchStrategies.pubmed(
            date: date, records: corpus.pubmed.count, deleted: corpus.deletedPMIDs.count)
        ),
        (
          "searches/embase-\(date.iso).query.txt",
          SearchStrategies.embase(date: date, records: corpus.embase.count)
        ),
        ("truth/duplicates.json", DuplicateTruth.json(corpus, seed: seed, date: date)),
      ] + surveyFiles(corpus)
    for (path, text) in texts {
      let file = try BufferedFileWriter(path: directory + "/" + path)
      file.write(text)
      try file.close()
      summary.files.append((path, nil))
    }
    return summary
  }

  private static func makeDirectory(_ path: String) throws(CorpusGenError) {
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      throw .cannotCreateDirectory(path: path, reason: systemErrorMessage())
    }
  }

  /// The survey of the example study, its codebook, and the truth about theme links.
  private func surveyFiles(_ corpus: ExampleCorpus) -> [(String, String)] {
    [
      ("survey/survey.yaml", ExampleSurvey.definitionYAML()),
      ("survey/responses.csv", ExampleSurvey(seed: seed).responsesCSV()),
      ("survey/codebook.yaml", ExampleCodebook.yaml),
      ("truth/theme-links.json", ThemeLinkTruth.json(corpus)),
    ]
  }
}

import ReviewModel
import Screening

/// An included study, as the linker reads it.
public struct StudyText: Sendable {
  public var recordID: Int64
  public var record: Record
  /// What was extracted from the study's full text (its findings, setting, outcomes…), one
  /// value each; empty before extraction.
  public var findings: [String]

  public init(recordID: Int64, record: Record, findings: [String] = []) {
    self.recordID = recordID
    self.record = record
    self.findings = findings
  }

  /// Title, abstract, keywords and findings: the text compared with a theme.
  var text: String {
    ([record.title ?? "", record.abstract ?? ""] + record.keywords + findings)
      .joined(separator: "\n")
  }

  /// The record the codes' patterns are matched against: its abstract followed by the
  /// findings, so that a `[tiab]` pattern finds what only the full text says.
  var searchedRecord: Record {
    guard !findings.isEmpty else { return record }
    var searched = record
    searched.abstract = ([record.abstract ?? ""] + findings).joined(separator: "\n")
    return searched
  }

  /// The sentences evidence is taken from: the abstract's, then the findings'.
  var sentences: [String] {
    SentenceSplitter.sentences(record.abstract ?? "")
      + findings.flatMap { SentenceSplitter.sentences($0) }
  }
}

/// A study proposed for a theme: its score, what matched, and the sentences that show it.
public struct LinkSuggestion: Sendable {
  public var themeID: String
  public var recordID: Int64
  /// `similarity + matchedCodes / codes`: from 0 up to 2.
  public var score: Double
  /// The TF-IDF cosine of the theme's text and the study's.
  public var similarity: Double
  /// The codes of the theme whose patterns or example phrases the study matches.
  public var matchedCodes: [String]
  /// Up to three sentences of the abstract and findings that show the theme: those where a
  /// matching pattern's terms occur, else the one most like the theme.
  public var evidence: [String]
}

/// Ranks, per theme, the included studies that speak to it.
///
/// Two signals, added: how many of the theme's codes match the study through their
/// query-language patterns and example phrases (as a share of the theme's codes, 0 to 1), and
/// the TF-IDF cosine between the theme (name, description, codes' names, definitions and
/// examples) and the study (title, abstract, keywords, and the findings extracted from its
/// full text when there are any). The patterns say what a reviewer
/// already knows to look for; the similarity finds studies written in other words. A study
/// with neither (no pattern matches and a cosine under 0.05) is not suggested.
public struct ThemeLinkSuggester: Sendable {
  private let codebook: Codebook
  private let studies: [StudyText]

  public init(codebook: Codebook, studies: [StudyText]) {
    self.codebook = codebook
    self.studies = studies
  }

  /// The suggestions for every theme, best first, at most `limit` per theme.
  public func suggestions(limit: Int = 10) -> [LinkSuggestion] {
    let vectors = TextVectors(documents: studies.map(\.text))
    var searchable = studies.map { SearchableRecord($0.searchedRecord) }
    let studyVectors = studies.map { vectors.vector($0.text) }
    var result: [LinkSuggestion] = []
    for theme in codebook.themes where !theme.codes.isEmpty {
      let themeVector = vectors.vector(Self.text(of: theme))
      let codeQueries = theme.codes.map { ($0.id, $0.suggestingQueries) }
      var ranked: [LinkSuggestion] = []
      for (index, study) in studies.enumerated() {
        let matched = codeQueries.filter { _, queries in
          queries.contains { QueryEvaluator($0).matches(&searchable[index]) }
        }
        let similarity = TextVectors.cosine(themeVector, studyVectors[index])
        guard !matched.isEmpty || similarity >= 0.05 else { continue }
        let score = similarity + Double(matched.count) / Double(theme.codes.count)
        ranked.append(
          LinkSuggestion(
            themeID: theme.id, recordID: study.recordID, score: score, similarity: similarity,
            matchedCodes: matched.map(\.0),
            evidence: Self.evidence(
              study, queries: matched.flatMap(\.1), themeVector: themeVector, vectors: vectors)))
      }
      ranked.sort { ($1.score, $0.recordID) < ($0.score, $1.recordID) }
      result += ranked.prefix(limit)
    }
    return result
  }

  /// The words a theme is compared by.
  static func text(of theme: Theme) -> String {
    ([theme.name, theme.description]
      + theme.codes.flatMap { [$0.name, $0.definition] + $0.examples }).joined(separator: "\n")
  }

  private static func evidence(
    _ study: StudyText, queries: [Query], themeVector: [String: Double], vectors: TextVectors
  ) -> [String] {
    let sentences = study.sentences
    let highlighter = Highlighter(terms: queries.flatMap(\.positiveTerms))
    let hits = sentences.filter { !highlighter.ranges(in: $0).isEmpty }
    if !hits.isEmpty { return Array(hits.prefix(3)) }
    let best = sentences.max {
      TextVectors.cosine(themeVector, vectors.vector($0))
        < TextVectors.cosine(themeVector, vectors.vector($1))
    }
    return best.map { [$0] } ?? []
  }
}

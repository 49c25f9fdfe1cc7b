/// A file format litrev reads.
public enum SourceFormat: String, Sendable, Hashable, Codable, CaseIterable {
  /// PubMed's XML (`PubmedArticleSet`), as E-utilities and the website's "Save → XML" write it.
  case pubmedXML = "pubmed-xml"
  /// Research Information Systems tagged text, as databases and reference managers export it.
  case ris
  /// MEDLINE tagged text ("PubMed format"), as PubMed's website saves it and its `.nbib` files.
  case medline
  /// BibTeX or BibLaTeX, as reference managers, Google Scholar and Scopus write it.
  case bibtex

  /// A name for people: `PubMed XML`, `RIS`.
  public var displayName: String {
    switch self {
    case .pubmedXML: "PubMed XML"
    case .ris: "RIS"
    case .medline: "MEDLINE"
    case .bibtex: "BibTeX"
    }
  }
}

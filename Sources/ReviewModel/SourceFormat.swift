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
  /// Web of Science tagged text (`FN`/`VR` header, two-letter tags, `ER`/`EF`).
  case webOfScience = "wos"
  /// EndNote's XML export (`<xml><records><record>`).
  case endNoteXML = "endnote-xml"
  /// CSV as PubMed, Scopus and ASReview export it, columns found by their headers.
  case csv

  /// A name for people: `PubMed XML`, `RIS`.
  public var displayName: String {
    switch self {
    case .pubmedXML: "PubMed XML"
    case .ris: "RIS"
    case .medline: "MEDLINE"
    case .bibtex: "BibTeX"
    case .webOfScience: "Web of Science"
    case .endNoteXML: "EndNote XML"
    case .csv: "CSV"
    }
  }
}

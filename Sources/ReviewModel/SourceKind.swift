/// What kind of place a search was run in, as the PRISMA 2020 flow diagram tells them apart.
///
/// Databases and registers share the diagram's main column; the other methods (citation
/// searching, websites, organisations) have a column of their own.
public enum SourceKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A bibliographic database (PubMed, Embase, Scopus).
  case database
  /// A register of studies or trials (ClinicalTrials.gov, CENTRAL).
  case register
  /// Citation searching: the references of included studies, or the works citing them.
  case citation
  /// A website searched by hand.
  case website
  /// An organisation asked or searched (a society, a charity, a ministry).
  case organisation

  /// True for the kinds PRISMA 2020 counts under "identification of new studies via other
  /// methods".
  public var isOtherMethod: Bool {
    switch self {
    case .database, .register: false
    case .citation, .website, .organisation: true
    }
  }
}

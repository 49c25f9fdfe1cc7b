import ReviewModel

/// Every box of the PRISMA 2020 flow diagram for a new review, as counts.
///
/// The main column holds the records from databases and registers; ``otherMethods`` holds those
/// from citation searching, websites and organisations, and is nil when none were imported.
public struct PrismaFlow: Sendable, Hashable {
  public var databasesAndRegisters: PrismaColumn
  public var otherMethods: PrismaColumn?

  public init(databasesAndRegisters: PrismaColumn, otherMethods: PrismaColumn? = nil) {
    self.databasesAndRegisters = databasesAndRegisters
    self.otherMethods = otherMethods
  }

  /// Studies included in the review, from both columns.
  public var totalStudiesIncluded: Int {
    databasesAndRegisters.studiesIncluded + (otherMethods?.studiesIncluded ?? 0)
  }

  /// Reports of the included studies, from both columns.
  public var totalReportsIncluded: Int {
    databasesAndRegisters.reportsIncluded + (otherMethods?.reportsIncluded ?? 0)
  }
}

/// The boxes of one column of the diagram.
///
/// Records still undecided are counted too (``awaitingScreening``, ``awaitingFullText``), so
/// that a review in progress adds up instead of losing them between boxes.
public struct PrismaColumn: Sendable, Hashable {
  /// Records identified, per source, in the order the sources were first imported.
  public var identified: [PrismaSource]
  public var duplicatesRemoved: Int
  /// Records marked as ineligible by automation tools: the protocol's rules at title and
  /// abstract.
  public var automationExcluded: Int
  public var otherRemoved: Int
  public var screened: Int
  /// Records excluded at title and abstract, by people and by the stopping rule.
  public var screenExcluded: Int
  /// Of ``screenExcluded``, those a prioritised-screening stopping rule excluded.
  public var stoppingRuleExcluded: Int
  /// Screened records without a settled title/abstract decision yet.
  public var awaitingScreening: Int
  public var soughtForRetrieval: Int
  public var notRetrieved: Int
  /// Reports sought whose full-text decision is not settled yet.
  public var awaitingFullText: Int
  public var assessed: Int
  /// Reports excluded at full text, per reason, in the protocol's order.
  public var reportsExcluded: [PrismaReasonCount]
  public var studiesIncluded: Int
  /// Reports of the included studies.
  ///
  /// litrev holds one record per study once duplicates are merged, so this equals
  /// ``studiesIncluded`` until reports can be linked to a study.
  public var reportsIncluded: Int

  /// Records identified from every source of the column.
  public var identifiedTotal: Int { identified.reduce(0) { $0 + $1.identified } }

  /// Records removed before screening, for every reason.
  public var removedBeforeScreening: Int { duplicatesRemoved + automationExcluded + otherRemoved }

  /// Reports excluded at full text, for every reason.
  public var reportsExcludedTotal: Int { reportsExcluded.reduce(0) { $0 + $1.count } }

  /// Records identified from the sources of `kind`.
  public func identified(_ kind: SourceKind) -> Int {
    identified.filter { $0.kind == kind }.reduce(0) { $0 + $1.identified }
  }
}

/// How many reports one full-text exclusion reason excluded.
public struct PrismaReasonCount: Sendable, Hashable {
  /// The reason's id as decisions store it.
  public var id: String
  /// The protocol's label, or the id when the protocol does not list it.
  public var label: String
  public var count: Int

  public init(id: String, label: String, count: Int) {
    self.id = id
    self.label = label
    self.count = count
  }
}

import ReviewModel

/// What the project knows that the PRISMA 2020 flow diagram counts, gathered from the store by
/// the command and weighed here without it.
///
/// Each box of the diagram is computed from its own evidence (import batches, duplicate groups,
/// the decision log at each stage), so that the invariants between boxes are real checks.
public struct PrismaInput: Sendable, Hashable {
  /// The sources searched, in the order they were first imported.
  public var sources: [PrismaSource]
  /// Every stored record, by id, with the source it came from.
  public var recordSources: [Int64: String]
  /// The records removed as duplicates of another record (each duplicate group's records
  /// beyond its first).
  public var duplicatesRemoved: Set<Int64>
  /// Records removed before screening for any other reason.
  ///
  /// Nothing in litrev removes records this way yet; the box is kept so that the diagram is the template's, and a later removal
  /// needs no change here.
  public var otherRemoved: Set<Int64>
  /// Where each record stands at title and abstract; a record absent is undecided.
  public var titleAbstract: [Int64: PrismaStanding]
  /// Where each record stands at full text; a record absent is undecided.
  public var fullText: [Int64: PrismaStanding]
  /// The protocol's full-text exclusion reasons, in the order the diagram lists them.
  public var exclusionReasons: [ExclusionReason]

  public init(
    sources: [PrismaSource], recordSources: [Int64: String], duplicatesRemoved: Set<Int64>,
    otherRemoved: Set<Int64> = [], titleAbstract: [Int64: PrismaStanding],
    fullText: [Int64: PrismaStanding], exclusionReasons: [ExclusionReason]
  ) {
    self.sources = sources
    self.recordSources = recordSources
    self.duplicatesRemoved = duplicatesRemoved
    self.otherRemoved = otherRemoved
    self.titleAbstract = titleAbstract
    self.fullText = fullText
    self.exclusionReasons = exclusionReasons
  }
}

/// One database, register or other source, with what its import batches say they held.
public struct PrismaSource: Sendable, Hashable {
  public var name: String
  public var kind: SourceKind
  /// The records its batches hold, as each batch counted them when it was imported.
  public var identified: Int

  public init(name: String, kind: SourceKind, identified: Int) {
    self.name = name
    self.kind = kind
    self.identified = identified
  }
}

/// Where one record stands at one stage, as the protocol's reviewer rule weighs its decisions.
public enum PrismaStanding: Sendable, Hashable {
  /// Settled: the verdict that holds, its reason, and the stored method of the decision that
  /// settled it (`manual`, `import`, `resolution`, `rule:<criterion>`, `stop:<rule>`).
  case decided(Verdict, reason: String?, method: String)
  /// Decisions exist but do not settle the record yet (a conflict, a second reviewer missing,
  /// or a shared maybe).
  case pending

  /// True when the record is settled with `verdict`.
  func isDecided(_ verdict: Verdict) -> Bool {
    if case .decided(verdict, _, _) = self { true } else { false }
  }

  /// The method of the settling decision, when settled.
  var method: String? {
    if case .decided(_, _, let method) = self { method } else { nil }
  }
}

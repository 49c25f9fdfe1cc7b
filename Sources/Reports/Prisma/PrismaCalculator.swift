import ReviewModel

/// Computes the PRISMA 2020 boxes from what the project knows, and checks that they add up.
///
/// Each record is followed down its column: removed before screening (as a duplicate first, then
/// by a rule, then for another reason: one box each, never two), then its title/abstract
/// standing, then its full-text standing. The full-text boxes are counted from every full-text
/// decision, not only those about records sought, so a decision about a record that was never
/// sought (or is no longer, because its title/abstract decision changed) breaks an invariant and
/// is named, instead of silently vanishing from the diagram.
public enum PrismaCalculator {
  /// The method prefix of a protocol rule's decisions ("marked as ineligible by automation
  /// tools").
  static let ruleMethodPrefix = "rule:"
  /// The method prefix of a prioritised-screening stopping rule's exclusions.
  static let stoppingRuleMethodPrefix = "stop:"
  /// The reason shown for a full-text exclusion stored without one.
  static let missingReason = "(no reason given)"

  /// The flow diagram's counts.
  ///
  /// - Parameter input: what the store holds.
  /// - Returns: the counts of both columns (the other-methods one when any source is of that
  ///   kind).
  /// - Throws: ``PrismaError/invariantsBroken(_:)`` naming every failed invariant and the
  ///   records responsible.
  public static func flow(_ input: PrismaInput) throws(PrismaError) -> PrismaFlow {
    let kinds = Dictionary(input.sources.map { ($0.name, $0.kind) }) { first, _ in first }
    var mainRecords: Set<Int64> = []
    var otherRecords: Set<Int64> = []
    for (id, source) in input.recordSources {
      if kinds[source]?.isOtherMethod == true {
        otherRecords.insert(id)
      } else {
        mainRecords.insert(id)
      }
    }
    var violations: [PrismaViolation] = []
    let main = column(
      "Databases and registers", sources: input.sources.filter { !$0.kind.isOtherMethod },
      records: mainRecords, input, &violations)
    let otherSources = input.sources.filter(\.kind.isOtherMethod)
    let other =
      otherSources.isEmpty && otherRecords.isEmpty
      ? nil
      : column("Other methods", sources: otherSources, records: otherRecords, input, &violations)
    guard violations.isEmpty else { throw .invariantsBroken(violations) }
    return PrismaFlow(databasesAndRegisters: main, otherMethods: other)
  }

  private static func column(
    _ name: String, sources: [PrismaSource], records: Set<Int64>, _ input: PrismaInput,
    _ violations: inout [PrismaViolation]
  ) -> PrismaColumn {
    let duplicates = records.intersection(input.duplicatesRemoved)
    let automation = records.subtracting(duplicates).filter {
      input.titleAbstract[$0].map { isExclusion($0, methodPrefix: ruleMethodPrefix) } ?? false
    }
    let other = records.subtracting(duplicates).subtracting(automation)
      .intersection(input.otherRemoved)
    let screened = records.subtracting(duplicates).subtracting(automation).subtracting(other)

    var stopped: Set<Int64> = []
    var excludedByPeople: Set<Int64> = []
    var sought: Set<Int64> = []
    for id in screened {
      guard let standing = input.titleAbstract[id] else { continue }
      if isExclusion(standing, methodPrefix: stoppingRuleMethodPrefix) {
        stopped.insert(id)
      } else if standing.isDecided(.exclude) {
        excludedByPeople.insert(id)
      } else if standing.isDecided(.include) {
        sought.insert(id)
      }
    }
    let awaitingScreening = screened.subtracting(stopped).subtracting(excludedByPeople)
      .subtracting(sought)

    var notRetrieved: Set<Int64> = []
    var excludedReports: [Int64: String] = [:]
    var included: Set<Int64> = []
    for id in records {
      guard case .decided(let verdict, let reason, _) = input.fullText[id] else { continue }
      switch verdict {
      case .notRetrieved: notRetrieved.insert(id)
      case .exclude: excludedReports[id] = reason ?? missingReason
      case .include: included.insert(id)
      case .maybe: break
      }
    }
    let assessed = included.union(excludedReports.keys)
    let awaitingFullText = sought.subtracting(notRetrieved).subtracting(assessed)

    let counts = PrismaColumn(
      identified: sources, duplicatesRemoved: duplicates.count,
      automationExcluded: automation.count, otherRemoved: other.count, screened: screened.count,
      screenExcluded: excludedByPeople.count + stopped.count,
      stoppingRuleExcluded: stopped.count, awaitingScreening: awaitingScreening.count,
      soughtForRetrieval: sought.count, notRetrieved: notRetrieved.count,
      awaitingFullText: awaitingFullText.count, assessed: assessed.count,
      reportsExcluded: reasonCounts(excludedReports, input.exclusionReasons),
      studiesIncluded: included.count, reportsIncluded: included.count)

    let check = InvariantCheck(column: name, counts: counts)
    violations += check.identification(heldBySource: recordsBySource(records, input))
    violations += check.screening()
    violations += check.retrieval(
      decidedButNotSought: notRetrieved.union(assessed).subtracting(sought))
    violations += check.eligibility()
    return counts
  }

  /// True when `standing` is an exclusion settled by a decision whose method starts with
  /// `methodPrefix`.
  private static func isExclusion(_ standing: PrismaStanding, methodPrefix: String) -> Bool {
    standing.isDecided(.exclude) && standing.method?.hasPrefix(methodPrefix) == true
  }

  private static func recordsBySource(_ records: Set<Int64>, _ input: PrismaInput) -> [String:
    Int]
  {
    var held: [String: Int] = [:]
    for id in records {
      if let source = input.recordSources[id] { held[source, default: 0] += 1 }
    }
    return held
  }

  /// The exclusions per reason: the protocol's reasons first, in its order, then any other
  /// reason stored, alphabetically; reasons nothing was excluded for are left out.
  private static func reasonCounts(_ excluded: [Int64: String], _ reasons: [ExclusionReason])
    -> [PrismaReasonCount]
  {
    var counts: [String: Int] = [:]
    for reason in excluded.values { counts[reason, default: 0] += 1 }
    var result: [PrismaReasonCount] = []
    for reason in reasons {
      if let count = counts.removeValue(forKey: reason.id) {
        result.append(PrismaReasonCount(id: reason.id, label: reason.label, count: count))
      }
    }
    for (id, count) in counts.sorted(by: { $0.key < $1.key }) {
      result.append(PrismaReasonCount(id: id, label: id, count: count))
    }
    return result
  }
}

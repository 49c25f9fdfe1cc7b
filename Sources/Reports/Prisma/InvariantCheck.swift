/// The four equations of the PRISMA 2020 diagram, checked on one column's counts.
///
/// With undecided records counted in boxes of their own, they read:
/// identified − removed = screened; screened − excluded − awaiting screening = sought;
/// sought − not retrieved − awaiting full text = assessed; assessed − excluded = included.
struct InvariantCheck {
  let column: String
  let counts: PrismaColumn

  /// identified − removed = screened, and each source's batches hold what they counted.
  ///
  /// - Parameter heldBySource: the records the store holds, per source.
  func identification(heldBySource: [String: Int]) -> [PrismaViolation] {
    let expected = counts.identifiedTotal - counts.removedBeforeScreening
    guard expected != counts.screened else { return [] }
    let differing = counts.identified.filter { heldBySource[$0.name, default: 0] != $0.identified }
      .map {
        "\($0.name) counted \($0.identified) at import, holds \(heldBySource[$0.name, default: 0])"
      }
    return [
      PrismaViolation(
        column: column, invariant: "identified − removed before screening = screened",
        expected: expected, counted: counts.screened,
        explanation: "the import batches' counts differ from the records stored ("
          + differing.joined(separator: "; ") + ")",
        recordIDs: [])
    ]
  }

  /// screened − excluded − awaiting screening = sought for retrieval.
  func screening() -> [PrismaViolation] {
    let expected = counts.screened - counts.screenExcluded - counts.awaitingScreening
    guard expected != counts.soughtForRetrieval else { return [] }
    return [
      PrismaViolation(
        column: column, invariant: "screened − excluded − awaiting screening = sought",
        expected: expected, counted: counts.soughtForRetrieval,
        explanation: "a screened record is counted in more than one title/abstract box",
        recordIDs: [])
    ]
  }

  /// sought − not retrieved − awaiting full text = assessed.
  ///
  /// - Parameter decidedButNotSought: records settled at full text that are not sought: what
  ///   breaks the equation.
  func retrieval(decidedButNotSought: Set<Int64>) -> [PrismaViolation] {
    let expected = counts.soughtForRetrieval - counts.notRetrieved - counts.awaitingFullText
    guard expected != counts.assessed || !decidedButNotSought.isEmpty else { return [] }
    return [
      PrismaViolation(
        column: column, invariant: "sought − not retrieved − awaiting full text = assessed",
        expected: expected, counted: counts.assessed,
        explanation: "full-text decisions about records that are not included at title and "
          + "abstract (or are removed before screening); settle their title/abstract "
          + "screening, or decide them again at full text",
        recordIDs: decidedButNotSought.sorted())
    ]
  }

  /// assessed − excluded = included.
  func eligibility() -> [PrismaViolation] {
    let expected = counts.assessed - counts.reportsExcludedTotal
    guard expected != counts.studiesIncluded else { return [] }
    return [
      PrismaViolation(
        column: column, invariant: "assessed − reports excluded = studies included",
        expected: expected, counted: counts.studiesIncluded,
        explanation: "an assessed report is counted both excluded and included", recordIDs: [])
    ]
  }
}

/// Why the PRISMA counts could not be given: the boxes do not add up.
public enum PrismaError: Error, Equatable, CustomStringConvertible, Sendable {
  /// One or more of the diagram's invariants fail; each names the records responsible.
  case invariantsBroken([PrismaViolation])

  public var description: String {
    switch self {
    case .invariantsBroken(let violations):
      "the PRISMA counts do not add up, so no diagram is given:\n"
        + violations.map { "  " + $0.description }.joined(separator: "\n")
    }
  }
}

/// One failed invariant of the flow diagram.
public struct PrismaViolation: Sendable, Hashable, CustomStringConvertible {
  /// The column, as the diagram heads it.
  public var column: String
  /// The equation that fails, in words (`sought − not retrieved − awaiting = assessed`).
  public var invariant: String
  /// The two sides of the equation as counted.
  public var expected: Int
  public var counted: Int
  /// What makes it fail, for people.
  public var explanation: String
  /// The records responsible, by id; empty when the problem is not with records (a batch
  /// whose count differs from the records it holds).
  public var recordIDs: [Int64]

  public init(
    column: String, invariant: String, expected: Int, counted: Int, explanation: String,
    recordIDs: [Int64]
  ) {
    self.column = column
    self.invariant = invariant
    self.expected = expected
    self.counted = counted
    self.explanation = explanation
    self.recordIDs = recordIDs
  }

  public var description: String {
    var text = "\(column): \(invariant) fails (\(expected) ≠ \(counted)): \(explanation)"
    if !recordIDs.isEmpty {
      let shown = recordIDs.prefix(20).map(String.init).joined(separator: ", ")
      text +=
        "; records \(shown)" + (recordIDs.count > 20 ? " and \(recordIDs.count - 20) more" : "")
    }
    return text
  }
}

import ReviewModel

/// One `--set FIELD=VALUE` of `litrev extract`, read against the form.
enum ExtractionAssignment {
  /// The typed value that `assignment` gives its field.
  ///
  /// - Parameters:
  ///   - assignment: `FIELD=VALUE` as typed.
  ///   - context: the form.
  /// - Returns: the field's name and its typed value.
  /// - Throws: a usage failure for a malformed assignment or an unknown field; a data failure
  ///   for a value that does not fit its field's type.
  static func parse(_ assignment: String, context: ExtractionContext) throws(CommandFailure)
    -> (field: String, value: ExtractionValue)
  {
    guard let equals = assignment.firstIndex(of: "=") else {
      throw CommandFailure(
        "--set takes FIELD=VALUE, such as --set participants_n=120; got '\(assignment)'",
        exitCode: .usage)
    }
    let name = assignment[..<equals].trimmingWhitespace()
    let field = try context.field(name)
    switch field.value(from: String(assignment[assignment.index(after: equals)...])) {
    case .success(let value): return (name, value)
    case .failure(let error): throw CommandFailure(error.message, exitCode: .dataError)
    }
  }
}

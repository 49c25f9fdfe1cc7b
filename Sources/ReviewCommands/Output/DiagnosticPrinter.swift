import ReviewModel

/// Prints the warnings and errors found in inputs on standard error, one a line, in the
/// `file:line:column: severity: message` form that editors and CI logs link to.
struct DiagnosticPrinter {
  /// How many of a file's warnings are printed in full before the rest are only counted.
  var limitPerFile = 50

  func print(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics.prefix(limitPerFile) {
      StandardStreams.error.writeLine(diagnostic.description)
    }
    if diagnostics.count > limitPerFile {
      StandardStreams.error.writeLine(
        "… and \(diagnostics.count - limitPerFile) more warnings like these")
    }
  }
}

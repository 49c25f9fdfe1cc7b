/// Reads a command line of `--flag value` pairs, handing each pair to `handle`.
public func readFlags(
  _ arguments: ArraySlice<String>, _ handle: (_ flag: String, _ value: String) throws -> Void
) throws {
  var rest = arguments
  while let flag = rest.popFirst() {
    guard let value = rest.popFirst() else { throw BenchError("\(flag) needs a value") }
    try handle(flag, value)
  }
}

/// Reads the value of a flag such as `--records 30000` that must be a positive whole number.
public func positiveWholeNumber(_ text: String, for flag: String) throws -> Int {
  guard let value = Int(text), value > 0 else {
    throw BenchError("\(flag) takes a positive whole number")
  }
  return value
}

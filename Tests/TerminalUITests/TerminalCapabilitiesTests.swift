import TerminalUI
import Testing

struct TerminalCapabilitiesTests {
  private func resolve(
    _ environment: [String: String], _ mode: ColorMode = .auto, terminal: Bool = true
  ) -> TerminalCapabilities {
    TerminalCapabilities.resolve(
      environment: environment, colorMode: mode, inputIsTerminal: terminal,
      outputIsTerminal: terminal)
  }

  @Test func colourOnATerminalUnlessNoColorIsSet() {
    #expect(resolve(["TERM": "xterm-256color"]).usesColor)
    #expect(!resolve(["TERM": "xterm-256color", "NO_COLOR": ""]).usesColor)
    #expect(!resolve(["TERM": "xterm"], terminal: false).usesColor)
    #expect(resolve(["TERM": "xterm", "FORCE_COLOR": "1"], terminal: false).usesColor)
  }

  @Test func theCommandLineChoiceWins() {
    #expect(resolve(["TERM": "xterm", "NO_COLOR": "1"], .always).usesColor)
    #expect(!resolve(["TERM": "xterm", "FORCE_COLOR": "1"], .never).usesColor)
  }

  @Test func aDumbTerminalOrAPipeCannotRunFullScreen() {
    #expect(resolve(["TERM": "xterm"]).supportsFullScreen)
    #expect(!resolve(["TERM": "dumb"]).supportsFullScreen)
    #expect(!resolve([:]).supportsFullScreen)
    #expect(!resolve(["TERM": "xterm"], terminal: false).supportsFullScreen)
  }

  @Test func rawModeRefusesWhatIsNotATerminal() {
    // The test runner's standard input is a pipe or /dev/null, never a terminal, in CI.
    #expect(throws: TerminalError.notATerminal) { try RawMode(descriptor: -1) }
  }
}

import ReviewCommands

@main
struct Entrypoint {
  static func main() async {
    await LitRev.main()
  }
}

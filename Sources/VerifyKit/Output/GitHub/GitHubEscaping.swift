/// The escaping GitHub Actions workflow commands need (`::error file=…::message`).
public enum GitHubEscaping {
    /// A command's message: `%` → `%25`, CR → `%0D`, LF → `%0A`.
    public static func message(_ text: String) -> String {
        var out = ""
        for scalar in VisibleControls.shown(text).unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A command's property value: as ``message(_:)``, and `:` → `%3A`, `,` → `%2C`.
    public static func property(_ text: String) -> String {
        var out = ""
        for scalar in message(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

import Foundation
import Yams

/// The YAML of every rule file, shipped defaults first, then each user folder's files
/// merged in order: a mapping adds to (or replaces) keys, a list is extended, a scalar is
/// replaced. Decoding happens per rule kind; an error names the file, line and field.
struct RuleDocuments {
    /// One file's parsed YAML.
    struct Layer {
        var path: String
        var node: Node
    }

    /// The shipped file names (without `.yaml`), each a rule kind.
    static let kinds = ["boilerplate", "causes", "counts", "datelines", "dates", "events", "gazetteer-organisations",
                        "gazetteer-people", "gazetteer-places", "gazetteer-weapons", "hedges", "inflections",
                        "languages", "names", "qualifiers", "roles", "states", "times", "units"]

    /// Short names a user may give a gazetteer file (`.verify/places.yaml`).
    static let aliases = ["places": "gazetteer-places", "weapons": "gazetteer-weapons",
                          "organisations": "gazetteer-organisations", "organizations": "gazetteer-organisations",
                          "people": "gazetteer-people", "persons": "gazetteer-people"]

    /// A gazetteer's `kind:` value → its rule kind, for user files with other names.
    static let gazetteerKinds = ["place": "gazetteer-places", "weapon": "gazetteer-weapons",
                                 "organisation": "gazetteer-organisations", "person": "gazetteer-people"]

    /// The shipped file of each kind, parsed when that kind is decoded (so that kinds
    /// decoded on different cores parse on them too).
    private var shipped: [String: URL] = [:]
    /// User layers of each kind, in the order given.
    private(set) var layers: [String: [Layer]] = [:]

    /// Every file read, in order.
    private(set) var files: [String] = []
    /// The compiled place index shipped beside the rule files (`places.index`).
    private var placeIndexURL: URL?

    /// File name of the compiled place index.
    static let placeIndexName = "places.index"

    /// Reads the shipped files from `folder`.
    init(shipped folder: URL) throws(RuleError) {
        for kind in Self.kinds {
            let url = folder.appendingPathComponent(kind + ".yaml")
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw RuleError(path: url.path, problem: "a shipped rule file is missing (a packaging error)")
            }
            shipped[kind] = url
            files.append(url.path)
        }
        let index = folder.appendingPathComponent(Self.placeIndexName)
        guard FileManager.default.fileExists(atPath: index.path) else {
            throw RuleError(path: index.path, problem: "the shipped place index is missing (a packaging error; `make gazetteer` rebuilds it)")
        }
        placeIndexURL = index
        files.append(index.path)
    }

    /// The shipped place index, memory-mapped.
    /// - Throws: ``RuleError`` when it cannot be read or is of another format.
    func placeIndex() throws(RuleError) -> PlaceIndex? {
        guard let placeIndexURL else { return nil }
        do {
            return try PlaceIndex(path: placeIndexURL.path)
        } catch {
            throw RuleError(path: placeIndexURL.path, problem: error.message)
        }
    }

    /// Merges the `.yaml`/`.yml` files of a user folder, in byte order of their names.
    mutating func add(folder: URL) throws(RuleError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw RuleError(path: folder.path, problem: "not a readable folder of rule files")
        }
        let yaml = names.filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for name in yaml {
            let url = folder.appendingPathComponent(name)
            let layer = try Self.parse(url)
            let kind = try Self.kind(of: layer, named: (name as NSString).deletingPathExtension)
            layers[kind, default: []].append(layer)
            files.append(url.path)
        }
    }

    /// Decodes the merged YAML of `kind`.
    /// - Throws: ``RuleError`` naming the first file whose addition breaks the schema.
    func decode<T: Decodable>(_ type: T.Type, kind: String) throws(RuleError) -> T {
        guard let url = shipped[kind] else { throw RuleError(path: kind, problem: "no such rule kind") }
        let stack = [try Self.parse(url)] + (layers[kind] ?? [])
        let base = stack[0]
        var merged = base.node
        for layer in stack.dropFirst() { merged = Self.merge(merged, layer.node) }
        if let value = try? RuleNodeDecoder.decode(T.self, from: merged) { return value }
        // Find the culprit: the first layer after which the merge no longer decodes.
        var partial = base.node
        for (index, layer) in stack.enumerated() {
            if index > 0 { partial = Self.merge(partial, layer.node) }
            do {
                _ = try RuleNodeDecoder.decode(T.self, from: partial)
            } catch {
                throw Self.locate(error, in: partial, path: layer.path)
            }
        }
        throw RuleError(path: stack.last?.path ?? kind, problem: "does not decode")
    }

    // MARK: - Parsing and merging

    /// No implicit tags: ``RuleNodeDecoder`` reads each scalar as the type its field asks
    /// for, so no tag pattern needs to run on every scalar.
    private static let resolver = Resolver.basic

    private static func parse(_ url: URL) throws(RuleError) -> Layer {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw RuleError(path: url.path, problem: "cannot be read as UTF-8 text")
        }
        do {
            guard let node = try Yams.compose(yaml: text, Self.resolver) else {
                throw RuleError(path: url.path, problem: "is empty")
            }
            guard node.mapping != nil else {
                throw RuleError(path: url.path, line: node.mark?.line, problem: "must be a mapping of fields at its top level")
            }
            return Layer(path: url.path, node: node)
        } catch let error as RuleError {
            throw error
        } catch let error as YamlError {
            throw Self.syntaxError(error, path: url.path)
        } catch {
            throw RuleError(path: url.path, problem: "does not parse as YAML")
        }
    }

    private static func syntaxError(_ error: YamlError, path: String) -> RuleError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return RuleError(path: path, line: mark.line, problem: "YAML syntax: \(problem)")
        default:
            return RuleError(path: path, problem: "does not parse as YAML")
        }
    }

    /// The rule kind of a user file: its name (`units`, `places`) or its gazetteer `kind:`.
    private static func kind(of layer: Layer, named name: String) throws(RuleError) -> String {
        if kinds.contains(name) { return name }
        if let kind = aliases[name] { return kind }
        if let declared = layer.node.mapping?["kind"]?.string, let kind = gazetteerKinds[declared] { return kind }
        throw RuleError(path: layer.path, problem: "unknown rule file: name it after a rule kind (\((kinds + aliases.keys.sorted()).joined(separator: ", "))) or give a gazetteer `kind:` (place, weapon, organisation, person)")
    }

    /// `addition` merged into `base`: mappings by key, lists appended, scalars replaced.
    static func merge(_ base: Node, _ addition: Node) -> Node {
        switch (base, addition) {
        case let (.mapping(a), .mapping(b)):
            var pairs = Array(a)
            for (key, value) in b {
                if let index = pairs.firstIndex(where: { $0.key == key }) {
                    pairs[index].value = merge(pairs[index].value, value)
                } else {
                    pairs.append((key, value))
                }
            }
            return .mapping(Node.Mapping(pairs, a.tag, a.style, a.mark))
        case let (.sequence(a), .sequence(b)):
            return .sequence(Node.Sequence(Array(a) + Array(b), a.tag, a.style, a.mark))
        default:
            return addition
        }
    }

    // MARK: - Locating decode errors

    private static func locate(_ error: Error, in root: Node, path: String) -> RuleError {
        guard let decoding = error as? DecodingError else {
            return RuleError(path: path, problem: "does not decode (\(error))")
        }
        let keys: [CodingKey]
        let problem: String
        var field: String?
        switch decoding {
        case let .typeMismatch(type, context):
            keys = context.codingPath
            problem = "expected \(describe(type))"
        case let .valueNotFound(type, context):
            keys = context.codingPath
            problem = "expected \(describe(type)), found nothing"
        case let .keyNotFound(key, context):
            keys = context.codingPath
            field = fieldPath(context.codingPath + [key])
            problem = "required field is missing"
        case let .dataCorrupted(context):
            keys = context.codingPath
            problem = context.debugDescription
        @unknown default:
            return RuleError(path: path, problem: "does not decode")
        }
        let node = keys.reduce(Optional(root)) { node, key in child(of: node, key) }
        let parent = keys.dropLast().reduce(Optional(root)) { node, key in child(of: node, key) }
        return RuleError(path: path, line: (node ?? parent)?.mark?.line,
                         field: field ?? fieldPath(keys), problem: problem)
    }

    private static func child(of node: Node?, _ key: CodingKey) -> Node? {
        guard let node else { return nil }
        if let index = key.intValue, let sequence = node.sequence, index < sequence.count { return sequence[index] }
        return node.mapping?[key.stringValue]
    }

    /// The named keys of a coding path (`entries.country`); list positions are left out,
    /// since they count the shipped entries too (the line number points at the entry).
    private static func fieldPath(_ keys: [CodingKey]) -> String {
        keys.filter { $0.intValue == nil }.map(\.stringValue).joined(separator: ".")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "a mapping" }
            if name.contains("Scalar") { return "a single value (text or number)" }
            return "a mapping (\(name))"
        }
    }
}

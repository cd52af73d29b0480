import Yams

/// Decodes a rule type straight from a composed YAML node. It does what Yams' own
/// `YAMLDecoder` does for rule files at a fraction of the start-up cost: each mapping is
/// indexed once by key (instead of a linear scan comparing tagged nodes per field), and a
/// scalar is read as the type the field asks for (so no tag regexes run on every scalar).
///
/// Scalars: any scalar is a string; a plain `true`/`false`/`yes`/`no`/`on`/`off` is a
/// boolean; a number is read from its text (underscores allowed); a plain empty scalar,
/// `~` or `null` is nothing. Errors are `DecodingError`s with the coding path, which
/// `RuleDocuments` turns into file, line and field.
enum RuleNodeDecoder {
    /// `type` decoded from `node`.
    static func decode<T: Decodable>(_ type: T.Type, from node: Node) throws -> T {
        try T(from: NodeDecoder(node: node, codingPath: []))
    }

    static func isNull(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func bool(_ node: Node) -> Bool? {
        guard case let .scalar(scalar) = node, scalar.style == .plain || scalar.style == .any else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    static func integer(_ node: Node) -> Int? {
        guard let text = node.scalar?.string else { return nil }
        return Int(text.contains("_") ? text.replacingOccurrences(of: "_", with: "") : text)
    }

    static func number(_ node: Node) -> Double? {
        guard let text = node.scalar?.string else { return nil }
        return Double(text.contains("_") ? text.replacingOccurrences(of: "_", with: "") : text)
    }

    static func mismatch(_ type: Any.Type, _ path: [CodingKey], _ node: Node) -> DecodingError {
        .typeMismatch(type, .init(codingPath: path, debugDescription: "found \(describe(node))"))
    }

    private static func describe(_ node: Node) -> String {
        switch node {
        case let .scalar(scalar): return "'\(scalar.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}

/// A key of a list position, for coding paths.
private struct PositionKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { return nil }
}

private struct NodeDecoder: Decoder {
    let node: Node
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case let .mapping(mapping) = node else { throw RuleNodeDecoder.mismatch([String: String].self, codingPath, node) }
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(mapping: mapping, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case let .sequence(sequence) = node else { throw RuleNodeDecoder.mismatch([String].self, codingPath, node) }
        return UnkeyedNodeContainer(items: Array(sequence), codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

/// Reads one node as a scalar type; shared by the three containers.
private struct ScalarReader {
    let node: Node
    let codingPath: [CodingKey]

    func string() throws -> String {
        guard let scalar = node.scalar else { throw RuleNodeDecoder.mismatch(String.self, codingPath, node) }
        return scalar.string
    }

    func bool() throws -> Bool {
        guard let value = RuleNodeDecoder.bool(node) else { throw RuleNodeDecoder.mismatch(Bool.self, codingPath, node) }
        return value
    }

    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard let value = RuleNodeDecoder.integer(node), let exact = T(exactly: value) else {
            throw RuleNodeDecoder.mismatch(T.self, codingPath, node)
        }
        return exact
    }

    func number() throws -> Double {
        guard let value = RuleNodeDecoder.number(node) else { throw RuleNodeDecoder.mismatch(Double.self, codingPath, node) }
        return value
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is String.Type: return try string() as! T
        case is Bool.Type: return try bool() as! T
        case is Int.Type: return try integer(Int.self) as! T
        case is Double.Type: return try number() as! T
        default: return try T(from: NodeDecoder(node: node, codingPath: codingPath))
        }
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let codingPath: [CodingKey]
    private let values: [String: Node]
    private let order: [String]

    init(mapping: Node.Mapping, codingPath: [CodingKey]) {
        var values: [String: Node] = [:]
        var order: [String] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string, values[name] == nil else { continue }
            values[name] = value
            order.append(name)
        }
        self.values = values
        self.order = order
        self.codingPath = codingPath
    }

    var allKeys: [Key] { order.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { values[key.stringValue] != nil }

    private func reader(_ key: Key) throws -> ScalarReader {
        guard let node = values[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no field '\(key.stringValue)'"))
        }
        return ScalarReader(node: node, codingPath: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool { RuleNodeDecoder.isNull(try reader(key).node) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try reader(key).bool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try reader(key).string() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try reader(key).number() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try reader(key).number()) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try reader(key).integer(Int.self) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try reader(key).integer(Int8.self) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try reader(key).integer(Int16.self) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try reader(key).integer(Int32.self) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try reader(key).integer(Int64.self) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try reader(key).integer(UInt.self) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try reader(key).integer(UInt8.self) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try reader(key).integer(UInt16.self) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try reader(key).integer(UInt32.self) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try reader(key).integer(UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try reader(key).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let reader = try reader(key)
        return try NodeDecoder(node: reader.node, codingPath: reader.codingPath).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        let reader = try reader(key)
        return try NodeDecoder(node: reader.node, codingPath: reader.codingPath).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { NodeDecoder(node: .mapping(Node.Mapping([])), codingPath: codingPath) }

    func superDecoder(forKey key: Key) throws -> Decoder {
        let reader = try reader(key)
        return NodeDecoder(node: reader.node, codingPath: reader.codingPath)
    }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let items: [Node]
    let codingPath: [CodingKey]
    private(set) var currentIndex = 0

    init(items: [Node], codingPath: [CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next<T>(_ type: T.Type) throws -> ScalarReader {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [PositionKey(currentIndex)], debugDescription: "the list has ended"))
        }
        defer { currentIndex += 1 }
        return ScalarReader(node: items[currentIndex], codingPath: codingPath + [PositionKey(currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, RuleNodeDecoder.isNull(items[currentIndex]) else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type).bool() }
    mutating func decode(_ type: String.Type) throws -> String { try next(type).string() }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(type).number() }
    mutating func decode(_ type: Float.Type) throws -> Float { Float(try next(type).number()) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(type).integer(Int.self) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next(type).integer(Int8.self) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next(type).integer(Int16.self) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(type).integer(Int32.self) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(type).integer(Int64.self) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next(type).integer(UInt.self) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next(type).integer(UInt8.self) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next(type).integer(UInt16.self) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(type).integer(UInt32.self) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(type).integer(UInt64.self) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type).decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let reader = try next([String: String].self)
        return try NodeDecoder(node: reader.node, codingPath: reader.codingPath).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let reader = try next([String].self)
        return try NodeDecoder(node: reader.node, codingPath: reader.codingPath).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        let reader = try next(Node.self)
        return NodeDecoder(node: reader.node, codingPath: reader.codingPath)
    }
}

private struct SingleNodeContainer: SingleValueDecodingContainer {
    let node: Node
    let codingPath: [CodingKey]
    private var reader: ScalarReader { ScalarReader(node: node, codingPath: codingPath) }

    func decodeNil() -> Bool { RuleNodeDecoder.isNull(node) }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool() }
    func decode(_ type: String.Type) throws -> String { try reader.string() }
    func decode(_ type: Double.Type) throws -> Double { try reader.number() }
    func decode(_ type: Float.Type) throws -> Float { Float(try reader.number()) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.decode(type) }
}

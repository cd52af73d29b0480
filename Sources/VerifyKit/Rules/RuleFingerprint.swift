import Foundation

extension RuleSet {
    /// A digest of every file that went into the rules (shipped and user files, in order,
    /// by name and content). The place index counts by its size, modification time and
    /// first 64 KiB: it is 37 MB, too much to hash on every run, and it changes only with
    /// `make gazetteer` or a new version. Two runs with the same fingerprint extract alike.
    public func fingerprint() -> String {
        var bytes: [UInt8] = []
        for file in files {
            let name = (file as NSString).lastPathComponent
            bytes += Array(name.utf8) + [0]
            if name == RuleDocuments.placeIndexName {
                let attributes = try? FileManager.default.attributesOfItem(atPath: file)
                let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
                let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                bytes += Array("\(size) \(modified)".utf8)
                if let handle = FileHandle(forReadingAtPath: file) {
                    bytes += [UInt8](handle.readData(ofLength: 65_536))
                    try? handle.close()
                }
            } else {
                bytes += (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))) ?? Array("unreadable".utf8)
            }
            bytes.append(0)
        }
        return SHA256.hex(bytes)
    }
}

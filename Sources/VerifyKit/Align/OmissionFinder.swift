/// Finds omissions: an earlier incident recalled by some sources of a story and not by
/// others (one finding for the whole incident), and a fact of an event stated by some of
/// the sources that report the event and absent from the others.
struct OmissionFinder {
    let context: AlignmentContext
    let facts: [FactGroup]

    func findings() -> [Finding] {
        var result: [Finding] = []
        var eventDocuments: [String: Set<Int>] = [:]
        var eventFacts: [String: [FactGroup]] = [:]
        for fact in facts {
            eventDocuments[fact.eventID, default: []].formUnion(fact.documents)
            eventFacts[fact.eventID, default: []].append(fact)
        }
        for eventID in eventDocuments.keys.sorted() {
            let present = eventDocuments[eventID]!
            let sample = eventFacts[eventID]![0].key
            let story = Set(context.documents(inStory: sample.story))
            let isMain = sample.eventDate == context.storyMain[sample.story]
            if !isMain, present.count < story.count, !isCoordinatedDate(eventFacts[eventID]!) {
                result.append(incident(eventID, key: sample, facts: eventFacts[eventID]!, present: present, missing: story.subtracting(present)))
            }
            guard present.count >= 2 else { continue }
            // Names (places, people, organisations) left out of a recalled incident are
            // detail, not news: only the main event's are reported.
            for fact in eventFacts[eventID]! where isMain || !fact.key.isSetSlot {
                var missing = present.subtracting(fact.documents)
                // A person's age or role is missing only from the sources that name the person.
                if PersonAges.slots.contains(fact.key.slot), let person = fact.key.key { missing.formIntersection(naming(person)) }
                // An authority's reading is missing only from the sources that give the slot
                // another way (a report without any depth omits the depth, reported once).
                if AuthorityReadings.isReading(fact.key) {
                    let base = AuthorityReadings.baseKey(of: fact.key)
                    let stating = eventFacts[eventID]!.filter { $0.key.slot == fact.key.slot && $0.key.key == base }
                    missing.formIntersection(stating.flatMap(\.documents))
                }
                if !missing.isEmpty { result.append(detail(fact, missing: missing)) }
            }
        }
        return result
    }

    /// The documents with a claim of the person `value`.
    private func naming(_ value: String) -> Set<Int> {
        Set(context.records.lazy.filter { $0.slot == "person" && $0.mention.value == value }.map(\.document))
    }

    /// An event made only of a date written beside another ("August 8 and 18"): the pair
    /// is one incident, reported under its first date.
    private func isCoordinatedDate(_ facts: [FactGroup]) -> Bool {
        facts.allSatisfy { fact in
            fact.key.slot == "date" && fact.statements.allSatisfy { statement in
                statement.records.allSatisfy { record in
                    context.documents[record.document].sentences[record.sentence].mentions.contains {
                        $0.type == .date && $0.range == record.mention.range && $0.value != record.mention.value
                    }
                }
            }
        }
    }

    /// A whole incident reported by some sources only: one finding, slot `incident`
    /// (slot `date` when the sources give nothing but its date).
    private func incident(_ eventID: String, key: FactKey, facts: [FactGroup], present: Set<Int>, missing: Set<Int>) -> Finding {
        // An incident is a happening: its sentences name one (strike, crash, summons…).
        // A dated fact without one ("coordinates handed over in April 2022") is a date.
        let happening = facts.contains { fact in
            fact.statements.contains { statement in statement.records.contains { !context.documents[$0.document].sentences[$0.sentence].cues.isEmpty } }
        }
        let onlyDates = !happening
        let slot = onlyDates ? "date" : "incident"
        var leads: [Int: [ClaimRecord]] = [:]
        for fact in facts { for statement in fact.statements { leads[statement.lead.document, default: []].append(statement.lead) } }
        let claims = present.sorted { context.sourceID($0) < context.sourceID($1) }.flatMap { document in
            (leads[document] ?? []).map(context.claim)
        }
        let missingIDs = missing.map(context.sourceID).sorted()
        let presentIDs = present.map(context.sourceID).sorted()
        let message = "The \(key.eventDate) \(onlyDates ? "date" : "incident") is recalled by \(presentIDs.joined(separator: ", "))"
            + " and not by \(missingIDs.joined(separator: ", ")), which cover the same story."
        return Finding(id: Fingerprint.make(kind: .omission, event: eventID, slot: slot, key: nil, values: presentIDs),
                       kind: .omission, severity: .warning, event: eventID, slot: slot, message: message,
                       claims: claims, missingFrom: missingIDs)
    }

    /// A fact of an event stated by some of the sources reporting the event.
    private func detail(_ fact: FactGroup, missing: Set<Int>) -> Finding {
        // Every way each source states it, once per written form.
        var seen = Set<String>()
        let leadRecord = fact.statements[fact.clusters[0][0]].lead
        let claims = ([leadRecord] + fact.statements.flatMap(\.records)).filter { seen.insert("\($0.document)|\($0.mention.text)").inserted }
            .map(context.claim)
        let missingIDs = missing.map(context.sourceID).sorted()
        let lead = leadRecord.mention
        let phrase = FindingText.slotPhrase(fact.key)
        // A fact its sources give different values of names each side's value, not one of them.
        let sides = fact.clusters.count > 1 ? fact.clusters.map { fact.statements[$0[0]].lead.mention.text.quotedForMessage } : []
        let what = fact.key.isSetSlot
            ? "The \(fact.key.slot) \(lead.text.quotedForMessage) (\(lead.value)) of the \(fact.key.eventDate) event"
            : sides.isEmpty ? "\(phrase.prefix(1).uppercased())\(phrase.dropFirst()), \(lead.text.quotedForMessage),"
                            : "\(phrase.prefix(1).uppercased())\(phrase.dropFirst())"
        let stated = fact.statements.map(\.source).joined(separator: ", ") + (sides.isEmpty ? "" : " (as " + sides.joined(separator: " or ") + ")")
        let message = "\(what) is stated by \(stated)"
            + " and absent from \(missingIDs.joined(separator: ", ")), which report the same event."
        return Finding(id: Fingerprint.make(kind: .omission, event: fact.eventID, slot: fact.key.slot.rawValue, key: fact.key.key,
                                            values: Array(Set(fact.statements.map(\.lead.mention.value)))),
                       kind: .omission, severity: fact.key.isSetSlot || PersonAges.slots.contains(fact.key.slot) ? .note : .warning,
                       event: fact.eventID,
                       slot: fact.key.slot.rawValue, message: message, claims: claims, missingFrom: missingIDs)
    }
}

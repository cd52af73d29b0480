/// What one generated story is about: a happening in a city on a day, with the figures
/// every report of it starts from.
struct StoryPlan {
    /// What happened.
    enum Kind: String, CaseIterable {
        case strike, attack, explosion, fire
    }

    /// Gold id (`story-0007`).
    var id: String
    var kind: Kind
    var city: WorldData.City
    /// Day of the happening, days since 1970-01-01.
    var day: Int
    /// The weapon of a strike or attack (nil for explosions and fires).
    var weapon: WorldData.Weapon?
    /// Index into the building types of ``ReportText``.
    var building: Int
    var killed: Int
    var injured: Int
    /// Local time, minutes after midnight.
    var minute: Int
    var official: (first: WorldData.Name, last: WorldData.Name)
    var rescuers: Int
    /// The reports of the story, earliest first.
    var reports: [ReportPlan] = []
}

/// One report of a story: who writes it, when, in which language, and which planted
/// difference it carries.
struct ReportPlan {
    var language: String
    var outlet: String
    /// Hours after midnight of the story's day at which it is published.
    var publishedHour: Int
    /// The toll it gives (a later report may give a higher one: an update).
    var killed: Int
    /// The time it gives (one report may give another: a conflict).
    var minute: Int
    /// It leaves out the weapon and the official (an omission).
    var omitsDetails: Bool
    /// It writes the city's older English spelling (a variant).
    var olderSpelling: Bool
    /// The file name given once the corpus is laid out.
    var fileName = ""
}

namespace IskpNlp.Entities;

/// <summary>The word lists the spotter's context rules consult, in one place.</summary>
internal static class ContextWords
{
    /// <summary>Heads of proper names of institutions, facilities, media and events: a place or demonym inside such a name is not a mention.</summary>
    public static readonly WordSet InstitutionHeads = Set(
        "Academy", "University", "Institute", "Institution", "Service", "Hall", "Square", "Street", "Avenue", "Road", "Airport", "Stadium",
        "Museum", "Church", "Orthodox", "Mosque", "Cathedral", "Radio", "Television", "TV", "News", "Times", "Post", "Review", "Journal",
        "Herald", "Gazette", "Monitor", "Tribune", "Telegraph", "Agency", "Airlines", "Airways", "Railways", "Bank", "Company", "Corporation",
        "Committee", "Commission", "Party", "Union", "Court", "Forum", "Foundation", "Center", "Centre", "Prize", "Cup", "League", "Games",
        "Olympics", "Dam", "HPP", "Bridge", "Tower", "Palace", "Hotel", "Hospital", "School", "College", "Library", "National", "Federal",
        "Navy", "Guard", "Embassy", "Consulate", "Mission", "Club", "Network", "Exchange", "Federation", "Association", "Society", "Council",
        "Organization", "Organisation", "Newswire",
        "Studies", "Program", "Programme", "Project", "Initiative", "Fund", "Office", "Department", "Bureau", "Directorate", "Express",
        "Daily", "Weekly", "Channel", "Press", "Media", "Broadcasting", "Conference", "Summit", "Festival", "Marathon", "Plaza", "Market",
        "Mall", "Port", "Station", "Base", "Camp", "Prison", "Gate", "Checkpoint", "Crossing", "Highway", "Canal", "Power", "Plant",
        "Voice", "Wire", "Frontline", "Ledger", "Observer", "Today", "Insider", "Dispatch", "Bulletin", "Courier", "Chronicle", "Standard",
        "Mail", "Star", "Guardian", "Independent", "Economist", "Magazine", "Digest", "Briefing", "Brief", "Newsletter", "Podcast",
        "Online", "Watch", "Analysts", "Research", "Tribunal", "Prosecutor", "Ministry's", "Sciences", "Arts", "Orchestra", "Ballet",
        "Theatre", "Theater", "Film", "Pictures", "Records", "Group", "Holdings", "Airline", "Telecom", "Energy", "Oil", "Gas", "Motors",
        "Observatory", "Alliance", "Corps", "Community");

    /// <summary>
    /// Heads that make a proper name even in a title-case headline, where every word has a capital:
    /// media, research and academic names ("Pamir Institute", "Khorasan Ledger"), unlike "Court" in
    /// "Russian Court Jails Recruiter".
    /// </summary>
    public static readonly WordSet StrongInstitutionHeads = Set(
        "Academy", "University", "Institute", "Institution", "Service", "Radio", "Television", "TV", "News", "Times", "Post", "Review",
        "Journal", "Herald", "Gazette", "Monitor", "Tribune", "Telegraph", "Voice", "Wire", "Frontline", "Ledger", "Observer", "Insider",
        "Dispatch", "Bulletin", "Courier", "Chronicle", "Magazine", "Digest", "Newsletter", "Podcast", "Analysts", "Studies", "Airlines",
        "Airways", "Orthodox", "Broadcasting", "Foundation", "Observatory", "Newswire", "Forum");

    /// <summary>
    /// Surname endings of the names the project's articles are full of (Russian and Central Asian
    /// -ov/-ev/-in families, Tajik -zoda, Georgian -dze/-shvili, Ukrainian -enko, Polish -ski...): the last
    /// word of a name of two words or more that ends so is a person's surname.
    /// </summary>
    public static readonly string[] SurnameEndings =
    [
        "ov", "ova", "ev", "eva", "yev", "yeva", "iev", "ieva", "ovich", "evich", "ovna", "evna", "sky", "ski", "skaya", "skiy",
        "enko", "zoda", "zade", "zada", "dze", "shvili", "uly", "kyzy", "yan",
    ];

    /// <summary>Languages that name no people (unlike Tajik or Somali): never a place, group or nationality.</summary>
    public static readonly WordSet Languages = Set(
        "Arabic", "Pashto", "Dari", "Farsi", "Urdu", "Hindi", "Punjabi", "Sindhi", "Balochi", "Swahili", "Kiswahili", "Fulfulde",
        "Tamasheq", "Kimwani", "Emakhuwa", "Tigrinya", "Amharic", "Tagalog", "Mandarin", "Cantonese", "Hebrew", "Latin",
        "Esperanto", "Kurmanji", "Sorani", "Bahasa", "Lingala", "Kinyarwanda");

    /// <summary>
    /// Lower-case nouns of facilities that take a place's name as their own ("al-Hol camp", "Kuje prison",
    /// "Dordoi bazaar", "Dasu dam", "the Torkham crossing", a border post). Not "airport", "mosque" or
    /// "hospital": "Istanbul airport" and "a Kunduz mosque" describe a facility by its place, and the
    /// place is a mention.
    /// </summary>
    public static readonly WordSet FacilityNouns = Set(
        "camp", "camps", "prison", "jail", "bazaar", "market", "dam", "checkpoint", "crossing", "square", "refinery", "barracks");

    /// <summary>Currency units, after which a name names a currency ("CFA francs"), not a group or a place.</summary>
    public static readonly WordSet CurrencyUnits = Set(
        "franc", "francs", "dollar", "dollars", "euro", "euros", "rouble", "roubles", "ruble", "rubles", "rupee", "rupees",
        "somoni", "som", "soms", "tenge", "manat", "afghani", "afghanis", "riyal", "riyals", "rial", "rials", "dinar", "dinars",
        "shilling", "shillings", "naira", "birr", "yuan", "lira", "liras", "pound", "pounds", "sterling", "dirham", "dirhams");

    /// <summary>Words after a demonym that make it a language: "Tajik speakers", "Russian language".</summary>
    public static readonly WordSet LanguageAfter = Set(
        "language", "languages", "speaker", "speakers", "speaking", "speaks", "translation", "translations", "dialect", "dialects",
        "script", "subtitles", "subtitled", "dubbed", "version", "versions", "edition", "text", "literature", "lessons", "classes",
        "teacher", "teachers", "proficiency", "fluency", "-language", "-speaking", "language-");

    /// <summary>Words before a demonym that make it a language: "in Tajik", "speak Russian".</summary>
    public static readonly WordSet LanguageBefore = Set(
        "in", "into", "speak", "speaks", "spoke", "speaking", "spoken", "learn", "learned", "learning", "translated", "understand",
        "understands", "fluent", "know", "knows", "read", "reads", "write", "writes", "written", "taught", "teach");

    /// <summary>Prepositions before a place that make an ambiguous name a place: "in Reading", "near Nice".</summary>
    public static readonly WordSet PlacePrepositions = Set(
        "in", "near", "from", "to", "at", "outside", "into", "across", "around", "via", "toward", "towards", "between", "through",
        "throughout", "inside", "within", "reached", "visited", "entered", "left", "fled", "of");

    /// <summary>Titles before a name that make the next word a person's name: "Mr Jordan", "General Chad".</summary>
    public static readonly WordSet PersonTitles = Set(
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Lady", "Lord", "President", "General", "Gen.",
        "Colonel", "Col.", "Captain", "Capt.", "Sergeant", "Sgt.", "Senator", "Sen.", "Rep.", "Judge", "Justice", "Minister", "King",
        "Queen", "Prince", "Princess", "Saint", "St", "St.", "Coach", "Officer", "Agent", "Detective");

    /// <summary>Words next to "IS" that show the group, not the verb: "the IS affiliate", "IS claimed".</summary>
    public static readonly WordSet GroupContextBefore = Set(
        "the", "of", "by", "with", "against", "to", "from", "joined", "join", "joining", "for", "and", "or", "(", "former", "ex", "pro",
        "anti", "rival", "defeated", "fought", "fighting", "backed", "inspired", "supporting", "pledged", "toward", "towards", "than",
        "an", "as", "like", "whether", "both", "between", "under");

    public static readonly WordSet GroupContextAfter = Set(
        "claimed", "claims", "claiming", "fighters", "fighter", "militants", "militant", "affiliate", "affiliates", "branch", "branches",
        "leader", "leaders", "leadership", "cell", "cells", "group", "propaganda", "recruiters", "recruiter", "recruits", "recruitment",
        "supporters", "members", "member", "’s", "'s", ")", ",", "and", "or", "attack", "attacks", "said", "has", "had", "was", "took",
        "seized", "controlled", "controls", "territory", "caliphate", "network", "networks", "ideology", "magazine", "media", "channels",
        "core", "central", "wilayat", "province", "provinces", "operatives", "operative", "commander", "commanders", "emir", "spokesman",
        "loyalists", "veterans", "in", "on", ".", ";", ":", "content", "positions", "position", "financiers", "financier",
        "sympathisers", "sympathizers", "sympathiser", "sympathizer", "material", "materials", "remnants", "prisoners", "detainees",
        "families", "wives", "camps", "ranks", "flag", "flags", "video", "videos", "statement", "statements", "sleeper", "operations",
        "plot", "plots", "ideologues", "later", "created", "could", "also", "still", "itself", "lost", "declared", "executed",
        "killed", "kidnapped", "abducted", "beheaded", "used", "uses", "returned", "remains", "fighters'", "suicide", "bombers",
        "bomber", "gunmen", "gunman", "hideout", "hideouts", "stronghold", "strongholds", "recruiting", "-held", "-controlled");

    /// <summary>Lower-case suffixes of a hyphenated word that leave the name before them a mention: "Afghanistan-based".</summary>
    public static readonly WordSet LanguageSuffixes = Set(
        "language", "speaking", "speaker", "speakers", "medium", "lingual");

    /// <summary>Lower-case joints inside one-word place names ("Rostov-on-Don", "Stratford-upon-Avon", "Saint-Jean-de-Luz").</summary>
    public static readonly WordSet NameJoints = Set(
        "on", "upon", "de", "des", "du", "sur", "am", "an", "la", "le", "les", "en", "di", "del", "della", "e", "i", "na", "ul", "ur", "al", "el", "ad", "as", "ash", "ibn", "bin");

    private static WordSet Set(params string[] words) => new(words);
}

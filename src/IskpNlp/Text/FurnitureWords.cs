using System.Collections.Frozen;

namespace IskpNlp.Text;

/// <summary>
/// The vocabularies of page furniture, case-insensitive: the words of buttons and links, the
/// function words that join them, the words of subscription pitches and of photo credits.
/// General web vocabulary, not any one site's strings.
/// </summary>
internal static class FurnitureWords
{
    /// <summary>Words of buttons, menus and links; a short line of them (and function words) is furniture.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Interface = Lookup(
        "share", "shares", "sharing", "subscribe", "subscribed", "subscriber", "subscribers", "subscription",
        "unsubscribe", "sign", "signin", "sign-in", "signup", "sign-up", "login", "log-in", "logout", "log",
        "register", "like", "likes", "liked", "comment", "comments", "reply", "replies", "follow", "following",
        "followers", "privacy", "policy", "terms", "cookie", "cookies", "conditions", "notice", "collection",
        "read", "reading", "download", "app", "apps", "keep", "continue", "paid", "free", "trial", "start",
        "writing", "get", "home", "menu", "search", "skip", "navigation", "restack", "restacks", "copy", "link",
        "email", "e-mail", "print", "facebook", "twitter", "linkedin", "whatsapp", "reddit", "tweet", "pinterest",
        "telegram", "youtube", "instagram", "tiktok", "bluesky", "mastodon", "rss",
        "advertisement", "advertising", "sponsored", "newsletter", "upgrade", "premium", "view", "views", "show",
        "hide", "discover", "archive", "contact", "help", "donate", "save", "saved", "bookmark", "loading",
        "cancel", "close", "join", "learn", "upvote", "listen", "audio", "min", "mins", "minute", "minutes",
        "discussion", "pdf");

    /// <summary>Labels that put a link to another article on a line of its own ("Read more: ...").</summary>
    public static readonly FrozenSet<string> LinkLabels = new[]
    {
        "read more", "read also", "also read", "see also", "related", "related stories", "related articles",
        "related coverage", "related content", "related reading", "more on this", "more on this story",
        "more on this topic", "recommended", "recommended reading", "further reading", "you may also like",
        "you might also like", "read next", "up next", "more stories", "most read", "read the latest", "watch", "listen", "related video",
        "in depth",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that join interface words ("Share this post", "Get the app") but are not furniture alone.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Function = Lookup(
        "this", "the", "a", "an", "to", "of", "on", "in", "with", "for", "and", "or", "now", "up", "out", "us",
        "our", "my", "your", "me", "it", "more", "all", "here", "via", "by", "at", "back", "top", "next", "new",
        "already", "is", "are", "be", "you", "x", "post", "posts", "page", "story", "article", "see", "today",
        "full", "less", "about", "'s", "\u2019s");

    /// <summary>Words a subscription pitch is about; one must be there.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PitchAnchors = Lookup(
        "subscribe", "subscribed", "subscriber", "subscribers", "subscription", "subscriptions", "subscribing",
        "unsubscribe", "newsletter", "reader-supported", "paywall", "inbox");

    /// <summary>The length of the shortest pitch anchor ("inbox"), to skip shorter words without a lookup.</summary>
    public const int MinPitchAnchorLength = 5;

    /// <summary>Anchors that make a pitch by themselves.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StrongPitchAnchors = Lookup(
        "reader-supported", "paywall");

    /// <summary>Words that, next to an anchor, make a sentence a pitch rather than prose about subscribers.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PitchWords = Lookup(
        "paid", "trial", "post", "posts", "access", "archive", "archives", "upgrade", "premium",
        "consider", "becoming", "become", "pledge", "unlock", "reading", "sign", "support");

    /// <summary>Words a photo credit starts with.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CreditHeads = Lookup(
        "image", "images", "photo", "photos", "photograph", "picture", "pictures", "credit", "credits",
        "illustration", "graphic", "courtesy");

    /// <summary>Words a photo credit is made of.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Credit = Lookup(
        "image", "images", "photo", "photos", "photograph", "picture", "pictures", "credit", "credits",
        "illustration", "graphic", "courtesy", "source", "sources", "file", "getty", "reuters", "afp", "ap",
        "via", "by", "of", "shutterstock", "wikimedia", "commons");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}

using System.Text;

namespace IskpNlp.Tests.Text;

/// <summary>
/// Random strings for property tests, from a fixed seed: ASCII, white space of every kind, other
/// scripts (Cyrillic, Arabic, Hebrew), combining marks, emoji sequences, any supplementary-plane
/// character, lone surrogates, control and bidi characters, any BMP character, and fragments of the
/// tokenizer's special cases (URLs, abbreviations, numbers, quotes).
/// </summary>
internal sealed class RandomText(int seed)
{
    private static readonly string[] Fragments =
    [
        "http://", "https://x.org/a(b)", "www.", "www.a.org", "@", "#", "'s", "’s", "’", "'", "U.S.", "Dr.", "Jan.", "e.g.",
        "50,000", "3.5", "10%", "2024-03-22", "22/03/2024", "10:30", "-", "--", ".", "...", "…", "?!", "!", "?", "\"", "“", "”",
        "«", "»", "(", ")", "[", "]", "—", "–", "©", "∙", "ISIS-K", "al-Qaeda", "a@b.co", "x@", "@y", "t.me/x", "1.", "•",
        "Share", "Sign in", "Subscribe", "paid subscriber", "Image source", "avatar", "17", "2025", "\u200D", "\uFE0F",
        "🇺🇸", "👍🏽", "👨‍👩‍👧", "keep reading", "free trial", "reader-supported", "Copyright",
    ];

    private static readonly char[] Spaces = [' ', ' ', ' ', '\n', '\n', '\t', '\r', '\u00A0', '\u2028', '\u2029', '\u200B', '\u3000', '\f'];

    private readonly Random _random = new(seed);
    private readonly StringBuilder _builder = new();

    public string Next(int maxPieces = 60)
    {
        _builder.Clear();
        int pieces = _random.Next(maxPieces + 1);
        for (int i = 0; i < pieces; i++)
        {
            AppendPiece();
        }
        return _builder.ToString();
    }

    private void AppendPiece()
    {
        switch (_random.Next(15))
        {
            case 0:
                _builder.Append((char)_random.Next(0x20, 0x7F));
                break;
            case 1:
            case 2:
                _builder.Append(Spaces[_random.Next(Spaces.Length)]);
                break;
            case 3:
                _builder.Append((char)_random.Next(0x0400, 0x0500));
                break;
            case 4:
                _builder.Append((char)_random.Next(0x0600, 0x0700));
                break;
            case 5:
                _builder.Append((char)_random.Next(0x0590, 0x0600));
                break;
            case 6:
                _builder.Append((char)_random.Next(0x0300, 0x0370));
                break;
            case 7:
                _builder.Append(char.ConvertFromUtf32(_random.Next(0x1F300, 0x1FB00)));
                break;
            case 8:
                _builder.Append(char.ConvertFromUtf32(_random.Next(0x10000, 0x110000)));
                break;
            case 9:
                _builder.Append((char)_random.Next(0xD800, 0xE000)); // a lone surrogate, high or low
                break;
            case 10:
                _builder.Append((char)(_random.Next(2) == 0 ? _random.Next(0, 0x20) : _random.Next(0x7F, 0xA0)));
                break;
            case 11:
                _builder.Append("\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF\u00AD\u2060\u061C"[_random.Next(17)]);
                break;
            case 12:
                _builder.Append((char)_random.Next(0, 0x10000));
                break;
            case 13:
                _builder.Append(Fragments[_random.Next(Fragments.Length)]);
                break;
            default:
                int length = _random.Next(1, 9);
                for (int i = 0; i < length; i++)
                {
                    _builder.Append((char)(_random.Next(3) == 0 ? _random.Next('A', 'Z' + 1) : _random.Next('a', 'z' + 1)));
                }
                break;
        }
    }

    /// <summary>
    /// What may lie between tokens, defined here apart from the tokenizer: white space, control
    /// characters and the invisible marks (zero width space, word joiner, byte-order mark, bidi).
    /// </summary>
    public static bool IsGap(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c)
        || c is '\u200B' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F' or '\u061C'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}

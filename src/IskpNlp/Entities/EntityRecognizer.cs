using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using IskpNlp.Documents;
using IskpNlp.Pipeline;

namespace IskpNlp.Entities;

/// <summary>
/// The <c>ner</c> stage: tags the tokens of each article sentence with the averaged-perceptron
/// <see cref="PerceptronTagger"/> (whose features include the gazetteer spotter's tags) and adds the
/// names the gazetteers lack. Runs after the <c>gazetteer</c> stage.
/// </summary>
/// <remarks>
/// The model adds what the gazetteer lacks. Leading and trailing bullets and quote marks are first
/// taken off a name the model found; the name is then dropped when:
/// <list type="number">
/// <item>its confidence is below <see cref="EntityRecognizerOptions.MinConfidence"/>;</item>
/// <item>it overlaps a mention already on the document (the gazetteer's, or an earlier stage's) that is as
/// long or longer (the mention already there wins ties and exact matches), or that lies inside a
/// hyphenated word ("Tajik-Afghan" stays two NATIONALITYs); otherwise the longest name wins, and the
/// model's name replaces the shorter mentions it overlaps ("Jamaat Shuhada Osh" over "Osh");</item>
/// <item>the gazetteer lists its exact form, as any type: the spotter's context rules have judged that
/// name here (a language, a name inside an institution's name...), and the model does not overrule them;</item>
/// <item>it names a person by the words around it (a title before it, an age or "who" after it, a
/// surname ending such as -ov, -eva or -zoda on a name of two words or more), a language that names no
/// people ("Urdu", "Tamasheq"), or, as a LOCATION, a facility ("al-Hol camp");</item>
/// <item>it is only month or weekday names, religions and numbers, or starts or ends with a month or
/// weekday ("March", "June 5", "July Turkish", "Islam"): dates are the date stage's;</item>
/// <item>its sentence is a heading (in capitals, or title case with no full stop), where capitals say nothing about names;</item>
/// <item>it is a place or demonym inside the proper name of an institution ("Centre for Migration and
/// Security Research"), by the spotter's own rule;</item>
/// <item>it is a GROUP acronym in brackets after a capitalised name that is not a group ("State Committee
/// for National Security (GKNB)"): it abbreviates that name.</item>
/// </list>
/// Otherwise it is added with method <c>model</c>. A model-found COUNTRY that the gazetteer does not list
/// as a country becomes a LOCATION (the list of countries is closed). A model-found name's canonical is
/// its own text. By rule 3 the gazetteer does not know it, so it has no code of its own: a model-found
/// LOCATION takes the code of the nearest country or known place in its sentence, else of the country
/// the document names most (half of its coded places at least, two at least), else none.
/// </remarks>
public sealed class EntityRecognizer : IStage, IModelStage
{
    public const string StageName = "ner";

    private readonly PerceptronTagger _tagger;
    private readonly Gazetteer _gazetteer;
    private readonly GazetteerSpotter _spotter;
    private readonly float _minConfidence;

    /// <summary>Loads the model named by <paramref name="options"/>.</summary>
    /// <exception cref="PipelineConfigException">The model file is missing, foreign, cut short or of another feature version.</exception>
    public EntityRecognizer(EntityRecognizerOptions options, Gazetteer gazetteer)
        : this(Load(options), gazetteer, options.MinConfidence)
    {
        Model = new ModelDescription(StageName, options.Model, FileHash.Sha256(options.Model), ParseMetrics(_tagger.Model.Metrics));
    }

    /// <summary>A recogniser over a model in memory (training, tests).</summary>
    public EntityRecognizer(PerceptronTagger tagger, Gazetteer gazetteer, double minConfidence)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentOutOfRangeException.ThrowIfLessThan(minConfidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minConfidence, 1);
        _tagger = tagger;
        _gazetteer = gazetteer;
        _spotter = new GazetteerSpotter(gazetteer);
        _minConfidence = (float)minConfidence;
        Model = new ModelDescription(StageName, "", "", ParseMetrics(tagger.Model.Metrics));
    }

    public StageInfo Info { get; } = new(StageName, Annotations.Tokens | Annotations.Sentences | Annotations.Furniture, Annotations.Entities);

    public ModelDescription Model { get; }

    public void Process(Document document, CancellationToken cancellationToken)
    {
        Merge(document, Recognize(document, cancellationToken));
    }

    /// <summary>
    /// The names the model finds in the document's article sentences at or above the confidence
    /// threshold, with method <c>model</c>, in reading order; the document is not changed.
    /// </summary>
    public List<Mention> Recognize(Document document, CancellationToken cancellationToken = default) =>
        Recognize(document, _minConfidence, null, cancellationToken);

    /// <summary>
    /// <see cref="Recognize(Document, CancellationToken)"/> with another threshold, and, when
    /// <paramref name="logOdds"/> is given, each name's lowest log-odds in it (the trainer's calibration data).
    /// </summary>
    internal List<Mention> Recognize(Document document, float minConfidence, List<float>? logOdds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<Mention>();
        var tokens = document.Tokens;
        if (tokens.IsEmpty)
        {
            return found;
        }
        var spotted = GazetteerMentions(document) ?? _spotter.Spot(document, cancellationToken);
        byte[] tags = ArrayPool<byte>.Shared.Rent(tokens.Length * 2);
        float[] tokenLogOdds = ArrayPool<float>.Shared.Rent(tokens.Length);
        try
        {
            var gazetteer = tags.AsSpan(0, tokens.Length);
            var labels = tags.AsSpan(tokens.Length, tokens.Length);
            NerFeatures.MarkGazetteer(document, spotted, gazetteer);
            var sentences = document.Sentences;
            for (int s = 0; s < sentences.Length; s++)
            {
                var sentence = sentences[s];
                if (sentence.IsFurniture || sentence.TokenCount == 0)
                {
                    continue;
                }
                cancellationToken.ThrowIfCancellationRequested();
                int first = sentence.FirstToken, count = sentence.TokenCount;
                _tagger.Tag(document.Text, tokens.Slice(first, count), gazetteer.Slice(first, count), labels.Slice(first, count), tokenLogOdds.AsSpan(first, count));
                Collect(document, s, labels, tokenLogOdds, minConfidence, found, logOdds);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(tags);
            ArrayPool<float>.Shared.Return(tokenLogOdds);
        }
        GiveCodes(spotted, found);
        return found;
    }

    // A place the gazetteer lacks has no code of its own. It takes the code its sentence's places
    // agree on ("near Tinzaouaten, in northern Mali"); else the country the document is about, the
    // code of at least half of its coded gazetteer mentions, two at least; else the code of the
    // nearest place in its sentence; else none. A sentence that names several countries says less
    // than the document ("fighters from Ethiopia, Sudan and Morocco ... in the Cal Miskaad mountains").
    internal static void GiveCodes(List<Mention> spotted, List<Mention> found)
    {
        string? documentCode = null;
        bool documentCodeKnown = false;
        var context = CollectionsMarshal.AsSpan(spotted);
        for (int k = 0; k < found.Count; k++)
        {
            var place = found[k];
            if (place.Type != EntityType.Location || place.Code.Length > 0)
            {
                continue;
            }
            string? code = ContextCodes.Agreed(context, place, static m => IsPlace(m));
            if (code is null && !documentCodeKnown)
            {
                (documentCode, documentCodeKnown) = (DominantCode(spotted), true);
            }
            code ??= documentCode ?? ContextCodes.Nearest(context, place, static m => IsPlace(m));
            if (code is not null)
            {
                found[k] = place with { Code = code };
            }
        }
    }

    private static bool IsPlace(in Mention mention) => mention.Type is EntityType.Country or EntityType.Location && mention.Code.Length > 0;

    private static string? DominantCode(List<Mention> spotted)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int total = 0;
        foreach (var mention in spotted)
        {
            if (IsPlace(mention))
            {
                counts[mention.Code] = counts.GetValueOrDefault(mention.Code) + 1;
                total++;
            }
        }
        var top = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault();
        return top.Value >= 2 && 2 * top.Value >= total ? top.Key : null;
    }

    // The gazetteer stage's mentions, when it ran before this one: the same as spotting again, for free.
    private static List<Mention>? GazetteerMentions(Document document)
    {
        List<Mention>? spotted = null;
        foreach (ref readonly var mention in document.Mentions)
        {
            if (mention.Method == MentionMethod.Gazetteer)
            {
                (spotted ??= []).Add(mention);
            }
        }
        return spotted;
    }

    /// <summary>Adds <paramref name="found"/> to the document by rule 2 of this class: the longest name wins.</summary>
    public static void Merge(Document document, IReadOnlyList<Mention> found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        foreach (var mention in found)
        {
            if (Wins(document, mention))
            {
                document.RemoveMentions(m => m.Span.Overlaps(mention.Span));
                document.AddMention(mention);
            }
        }
    }

    private static bool Wins(Document document, Mention mention)
    {
        foreach (ref readonly var existing in document.Mentions)
        {
            if (existing.Span.Overlaps(mention.Span)
                && (existing.Span.Length >= mention.Span.Length || !IsTokenAligned(document.Tokens, existing.Span)))
            {
                return false;
            }
        }
        return true;
    }

    // Whether the span starts and ends on token boundaries, unlike "Tajik" in "Tajik-Afghan".
    private static bool IsTokenAligned(ReadOnlySpan<Token> tokens, TextSpan span)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        if (lo == tokens.Length || tokens[lo].Start != span.Start)
        {
            return false;
        }
        while (lo < tokens.Length && tokens[lo].End < span.End)
        {
            lo++;
        }
        return lo < tokens.Length && tokens[lo].End == span.End;
    }

    // Turns the labels of one sentence into names: U alone, or B, I..., L.
    private void Collect(Document document, int sentenceIndex, ReadOnlySpan<byte> labels, ReadOnlySpan<float> tokenLogOdds, float minConfidence, List<Mention> found, List<float>? logOdds)
    {
        var sentence = document.Sentences[sentenceIndex];
        var context = new SentenceContext(document, sentence, sentenceIndex);
        int start = -1;
        float lowest = float.MaxValue;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var tag = BilouLabels.TagOf(labels[i]);
            if (tag is EntityTag.Begin or EntityTag.Unit)
            {
                start = i;
                lowest = float.MaxValue;
            }
            if (tag == EntityTag.Outside || start < 0)
            {
                start = -1;
                continue;
            }
            lowest = Math.Min(lowest, tokenLogOdds[i]);
            if (tag is EntityTag.Last or EntityTag.Unit)
            {
                float confidence = _tagger.Confidence(lowest);
                if (confidence >= minConfidence && Create(context, start, i + 1, BilouLabels.TypeOf(labels[i]), confidence) is { } mention
                    && !(mention.Type == EntityType.Group && AbbreviatesAnotherName(context, start, i + 1, found)))
                {
                    found.Add(mention);
                    logOdds?.Add(lowest);
                }
                start = -1;
            }
        }
    }

    // The mention of tokens [first, end), or null when a rule of this class drops it.
    private Mention? Create(SentenceContext context, int first, int end, EntityType type, float confidence)
    {
        var document = context.Document;
        var tokens = document.Tokens;
        // "• Islamic State Mozambique Province": a bullet or quote mark at either end is not part of the name.
        while (first < end && !tokens[first].IsWordLike)
        {
            first++;
        }
        while (end > first && !tokens[end - 1].IsWordLike)
        {
            end--;
        }
        if (first == end || IsCalendar(document, first, end) || IsHeading(context) || NamesPerson(context, first, end) || NamesLanguage(context, first, end)
            || NamesCurrency(context, end))
        {
            return null;
        }
        if (type != EntityType.Group && SpotterRules.IsInsideProperName(first, end, endsInsideToken: false, context))
        {
            return null;
        }
        if (type == EntityType.Location && SpotterRules.NamesFacility(context.Word(first - 1), context.Word(end)))
        {
            return null;
        }
        if (EndsInFacilityNoun(context, first, end))
        {
            return null;
        }
        if (type == EntityType.Country && GazetteerNames.Find(_gazetteer, document, first, end, type) is null)
        {
            // Countries are a closed list the gazetteer holds whole: a name it lacks is a place below a country.
            type = EntityType.Location;
        }
        if (GazetteerNames.Knows(_gazetteer, document, first, end))
        {
            return null;
        }
        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        // The gazetteer does not know the name (rule 3): a place gets its code from its context later (GiveCodes).
        return new Mention(span, type, CollapseWhitespace(document[span]), "", "", confidence, MentionMethod.Model, context.Index);
    }

    // "Osh Bazaar", "Kuje Prison": a name of two words or more that ends in a facility noun names the facility.
    internal static bool EndsInFacilityNoun(SentenceContext context, int first, int end) =>
        end - first > 1 && ContextWords.FacilityNouns.Contains(context.Word(end - 1));

    // "CFA francs", "Kyrgyz som": a name before a currency unit names the currency.
    internal static bool NamesCurrency(SentenceContext context, int end) => ContextWords.CurrencyUnits.Contains(context.Word(end));

    // A person, by the words around the name: a title before it ("General", "Mr"); an age or a
    // relative clause after it ("Bakyt, 27,", "Abdirahman, who asked..."); or, for a name of two
    // words or more, a surname ending of the region's names ("Sherali Kurbonov", "Zarina Ahmadzoda").
    internal static bool NamesPerson(SentenceContext context, int first, int end)
    {
        if (ContextWords.PersonTitles.Contains(context.Word(first - 1)))
        {
            return true;
        }
        if (context.Word(end) is ",")
        {
            var after = context.Word(end + 1);
            if (after is "who" or "whose" || (after.Length is > 0 and <= 3 && int.TryParse(after, out int age) && age is > 0 and < 120 && context.Word(end + 2) is "," or ")"))
            {
                return true;
            }
        }
        if (end - first < 2)
        {
            return false;
        }
        var last = context.Word(end - 1);
        foreach (string ending in ContextWords.SurnameEndings)
        {
            if (last.Length > ending.Length + 2 && last.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // "videos in Pashto and Urdu", "in Tamasheq": a language that names no people is never one of the four types.
    internal static bool NamesLanguage(SentenceContext context, int first, int end) =>
        end - first == 1 && ContextWords.Languages.Contains(context.Word(first));

    // "State Committee for National Security (GKNB)": an acronym in brackets after a capitalised name
    // abbreviates that name, and is a group only when that name is one.
    private static bool AbbreviatesAnotherName(SentenceContext context, int first, int end, List<Mention> found)
    {
        var document = context.Document;
        if (end - first != 1 || context.Word(first - 1) is not "(" || !SentenceContext.IsAllCaps(context.Word(first)))
        {
            return false;
        }
        var name = context.Word(first - 2);
        if (name.IsEmpty || !char.IsUpper(name[0]))
        {
            return false;
        }
        int nameEnd = document.Tokens[first - 2].End;
        foreach (ref readonly var mention in document.Mentions)
        {
            if (mention.Type == EntityType.Group && mention.Span.End == nameEnd)
            {
                return false;
            }
        }
        return !found.Exists(m => m.Type == EntityType.Group && m.Span.End == nameEnd);
    }

    private static bool IsCalendar(Document document, int first, int end)
    {
        if (CalendarWords.Contains(document.TextOf(document.Tokens[first])) || CalendarWords.Contains(document.TextOf(document.Tokens[end - 1])))
        {
            return true;
        }
        for (int i = first; i < end; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind != TokenKind.Number && !CalendarWords.Contains(document.TextOf(token)) && !Religions.Contains(document.TextOf(token)))
            {
                return false;
            }
        }
        return true;
    }

    // Capitalised in prose and never a name of the four types alone.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Religions = new[]
    {
        "Islam", "Christianity", "Judaism", "Buddhism", "Hinduism", "Sufism", "Salafism", "Wahhabism", "Jihadism", "Islamism",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = new[]
    {
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "is", "are",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A heading: in capitals, or without a full stop at the end and with most words other than
    // function words capitalised ("Telegram, Trust and the Tajik Recruit").
    private static bool IsHeading(SentenceContext context)
    {
        if (context.IsCaps || context.IsTitleCase)
        {
            return true;
        }
        var document = context.Document;
        var lastWord = document.TextOf(document.Tokens[context.Sentence.EndToken - 1]);
        if (lastWord is "." or "!" or "?" or "…" || lastWord.EndsWith('.'))
        {
            return false;
        }
        int words = 0, capitalised = 0;
        for (int i = context.Sentence.FirstToken; i < context.Sentence.EndToken; i++)
        {
            var word = document.TextOf(document.Tokens[i]);
            if (!char.IsLetter(word[0]) || FunctionWords.Contains(word))
            {
                continue;
            }
            words++;
            capitalised += char.IsUpper(word[0]) ? 1 : 0;
        }
        return words >= 3 && capitalised >= 0.75 * words;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarWords = new[]
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Jan.", "Feb", "Feb.", "Mar", "Mar.", "Apr", "Apr.", "Jun", "Jun.", "Jul", "Jul.", "Aug", "Aug.", "Sep", "Sep.", "Sept", "Sept.",
        "Oct", "Oct.", "Nov", "Nov.", "Dec", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static string CollapseWhitespace(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static PerceptronTagger Load(EntityRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(options.Model))
        {
            throw new PipelineConfigException($"ner model '{options.Model}' does not exist; train one with 'iskp-nlp train-ner'");
        }
        try
        {
            return new PerceptronTagger(PerceptronModel.Load(options.Model));
        }
        catch (InvalidDataException ex)
        {
            throw new PipelineConfigException($"ner model: {ex.Message}", ex);
        }
    }

    private static JsonNode? ParseMetrics(string metrics)
    {
        if (metrics.Length == 0)
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(metrics);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

}

using System.Text;

namespace IskpNlp.Entities;

/// <summary>
/// A trained averaged-perceptron tagger as plain data: its labels, the feature version and hash space
/// it was trained with, and the weights of every feature bucket that has any (zeros are pruned).
/// <see cref="PerceptronTagger"/> predicts with it; <c>PerceptronTrainer</c> makes it.
/// </summary>
/// <remarks>
/// The file is little-endian binary: the magic <c>ISKPNER</c> and a format version, feature version,
/// hash bits, labels, the calibration, then per used bucket the distance from the previous one (7-bit varint), its count
/// of non-zero weights and (label, float) pairs, then the training metrics as JSON and an end mark, so
/// that a foreign or cut file is refused with a message instead of being half read.
/// </remarks>
public sealed class PerceptronModel
{
    /// <summary>Version of the file layout (not of the features).</summary>
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "ISKPNER\u001A"u8.ToArray();
    private static readonly byte[] EndMark = "END."u8.ToArray();

    /// <exception cref="ArgumentException">The sizes disagree: buckets unsorted or out of the hash space, or weights not buckets × labels.</exception>
    public PerceptronModel(IReadOnlyList<string> labels, int featureVersion, int hashBits, int[] buckets, float[] weights, string metrics = "", Calibration calibration = default)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(buckets);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(hashBits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hashBits, 26);
        if (labels.Count is 0 or > 255)
        {
            throw new ArgumentException($"{labels.Count} labels; a model has 1 to 255", nameof(labels));
        }
        if (weights.Length != buckets.Length * labels.Count)
        {
            throw new ArgumentException($"{weights.Length} weights for {buckets.Length} buckets × {labels.Count} labels", nameof(weights));
        }
        for (int i = 0; i < buckets.Length; i++)
        {
            if (buckets[i] < 0 || buckets[i] >= 1 << hashBits || (i > 0 && buckets[i] <= buckets[i - 1]))
            {
                throw new ArgumentException($"bucket {buckets[i]} at {i} is out of order or outside 2^{hashBits}", nameof(buckets));
            }
        }
        Labels = labels.ToArray();
        FeatureVersion = featureVersion;
        HashBits = hashBits;
        Buckets = buckets;
        Weights = weights;
        Metrics = metrics ?? "";
        Calibration = calibration.Slope == 0 && calibration.Intercept == 0 ? Calibration.Identity : calibration;
    }

    /// <summary>Label names in weight order ("O", "B-GROUP", ...).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The <see cref="NerFeatures.Version"/> the model was trained with.</summary>
    public int FeatureVersion { get; }

    /// <summary>Features are hashed into 2^HashBits buckets.</summary>
    public int HashBits { get; }

    /// <summary>The buckets that have weights, ascending.</summary>
    public int[] Buckets { get; }

    /// <summary>Row-major: the weights of bucket <c>Buckets[r]</c> are <c>Weights[r * Labels.Count ..]</c>.</summary>
    public float[] Weights { get; }

    /// <summary>Maps the tagger's log-odds for a name to the probability that it is right.</summary>
    public Calibration Calibration { get; }

    /// <summary>Training metrics as JSON, for run.json; may be empty.</summary>
    public string Metrics { get; }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        Save(stream);
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(FeatureVersion);
        writer.Write(HashBits);
        writer.Write(Labels.Count);
        foreach (string label in Labels)
        {
            writer.Write(label);
        }
        writer.Write(Calibration.Slope);
        writer.Write(Calibration.Intercept);
        writer.Write(Buckets.Length);
        int labelCount = Labels.Count, previous = -1;
        for (int r = 0; r < Buckets.Length; r++)
        {
            writer.Write7BitEncodedInt(Buckets[r] - previous);
            previous = Buckets[r];
            var row = Weights.AsSpan(r * labelCount, labelCount);
            writer.Write((byte)(labelCount - row.Count(0f)));
            for (int k = 0; k < labelCount; k++)
            {
                if (row[k] != 0f)
                {
                    writer.Write((byte)k);
                    writer.Write(row[k]);
                }
            }
        }
        writer.Write(Metrics);
        writer.Write(EndMark);
    }

    /// <exception cref="InvalidDataException">The file is not a model of this program, is of another format version, or is cut short.</exception>
    public static PerceptronModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return Load(stream);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    /// <exception cref="InvalidDataException">The stream does not hold a model of this program, or ends early.</exception>
    public static PerceptronModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            var magic = reader.ReadBytes(Magic.Length);
            if (!magic.AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException("not an entity-tagger model (no ISKPNER header); train one with 'iskp-nlp train-ner'");
            }
            int format = reader.ReadInt32();
            if (format != FormatVersion)
            {
                throw new InvalidDataException($"model file format {format}; this program reads format {FormatVersion}");
            }
            int featureVersion = reader.ReadInt32();
            int hashBits = reader.ReadInt32();
            int labelCount = reader.ReadInt32();
            if (hashBits is < 8 or > 26 || labelCount is < 1 or > 255)
            {
                throw new InvalidDataException($"implausible header ({hashBits} hash bits, {labelCount} labels)");
            }
            var labels = new string[labelCount];
            for (int k = 0; k < labelCount; k++)
            {
                labels[k] = reader.ReadString();
            }
            var calibration = new Calibration(reader.ReadSingle(), reader.ReadSingle());
            if (!float.IsFinite(calibration.Slope) || !float.IsFinite(calibration.Intercept))
            {
                throw new InvalidDataException("the calibration is not a pair of finite numbers");
            }
            int rows = reader.ReadInt32();
            if (rows < 0 || rows > 1 << hashBits || (long)rows * labelCount > 1 << 28)
            {
                throw new InvalidDataException($"implausible bucket count {rows} for 2^{hashBits} buckets");
            }
            var buckets = new int[rows];
            var weights = new float[rows * labelCount];
            int previous = -1;
            for (int r = 0; r < rows; r++)
            {
                previous += reader.Read7BitEncodedInt();
                buckets[r] = previous;
                int count = reader.ReadByte();
                for (int j = 0; j < count; j++)
                {
                    int label = reader.ReadByte();
                    if (label >= labelCount)
                    {
                        throw new InvalidDataException($"bucket {previous} has a weight for label {label} of {labelCount}");
                    }
                    weights[(r * labelCount) + label] = reader.ReadSingle();
                }
            }
            string metrics = reader.ReadString();
            if (!reader.ReadBytes(EndMark.Length).AsSpan().SequenceEqual(EndMark))
            {
                throw new InvalidDataException("the end mark is missing: the file is cut short or damaged");
            }
            return new PerceptronModel(labels, featureVersion, hashBits, buckets, weights, metrics, calibration);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("the file ends early: it is cut short or damaged", ex);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"inconsistent model ({ex.Message})", ex);
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"damaged model ({ex.Message})", ex);
        }
    }
}

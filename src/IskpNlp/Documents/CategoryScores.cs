using System.Runtime.CompilerServices;

namespace IskpNlp.Documents;

/// <summary>One probability per <see cref="DriverCategory"/>, stored inline (no array per sentence).</summary>
[InlineArray(Labels.CategoryCount)]
public struct CategoryScores
{
    private float _element;

    public readonly DriverCategory Top()
    {
        ReadOnlySpan<float> scores = this;
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }
        return (DriverCategory)best;
    }
}

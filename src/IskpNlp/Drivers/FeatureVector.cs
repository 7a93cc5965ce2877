namespace IskpNlp.Drivers;

/// <summary>
/// A sparse feature vector being built for one sentence: counts per hashed index, then L2-normalised.
/// Reused sentence after sentence by one thread, so featurizing allocates nothing once warm.
/// </summary>
public sealed class FeatureVector
{
    private const int Empty = -1;

    private int[] _slots = new int[2048];
    private int[] _indices = new int[1024];
    private float[] _values = new float[1024];

    public FeatureVector()
    {
        Array.Fill(_slots, Empty);
    }

    public int Count { get; private set; }

    /// <summary>The distinct indices, in the order first seen (not sorted).</summary>
    public ReadOnlySpan<int> Indices => _indices.AsSpan(0, Count);

    public ReadOnlySpan<float> Values => _values.AsSpan(0, Count);

    public void Clear()
    {
        // Only the slots in use are reset, not the whole table.
        int mask = _slots.Length - 1;
        for (int i = 0; i < Count; i++)
        {
            int slot = Mix(_indices[i]) & mask;
            while (_slots[slot] != Empty)
            {
                _slots[slot] = Empty;
                slot = (slot + 1) & mask;
            }
        }
        Count = 0;
    }

    public void Add(int index)
    {
        if (Count * 2 >= _slots.Length)
        {
            Grow();
        }
        int mask = _slots.Length - 1;
        int slot = Mix(index) & mask;
        while (true)
        {
            int entry = _slots[slot];
            if (entry == Empty)
            {
                _slots[slot] = Count;
                _indices[Count] = index;
                _values[Count] = 1;
                Count++;
                return;
            }
            if (_indices[entry] == index)
            {
                _values[entry] += 1;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Scales the vector to unit length (the features of a long sentence weigh as much as a short one's).</summary>
    public void Normalize()
    {
        double sum = 0;
        for (int i = 0; i < Count; i++)
        {
            sum += _values[i] * _values[i];
        }
        if (sum <= 0)
        {
            return;
        }
        float scale = (float)(1 / Math.Sqrt(sum));
        for (int i = 0; i < Count; i++)
        {
            _values[i] *= scale;
        }
    }

    private void Grow()
    {
        int count = Count;
        var indices = _indices;
        _slots = new int[_slots.Length * 2];
        Array.Fill(_slots, Empty);
        Array.Resize(ref _indices, _indices.Length * 2);
        Array.Resize(ref _values, _values.Length * 2);
        int mask = _slots.Length - 1;
        for (int i = 0; i < count; i++)
        {
            int slot = Mix(indices[i]) & mask;
            while (_slots[slot] != Empty)
            {
                slot = (slot + 1) & mask;
            }
            _slots[slot] = i;
        }
    }

    private static int Mix(int value) => (int)((uint)value * 2654435761u >> 7);
}

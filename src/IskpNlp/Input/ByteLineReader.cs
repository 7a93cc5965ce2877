namespace IskpNlp.Input;

/// <summary>
/// Reads a stream a line at a time as raw bytes ('\n' ends a line, a '\r' before it is dropped), so
/// that each line can be checked as UTF-8 on its own instead of being silently repaired by a decoder.
/// A line longer than the limit is passed over and reported as such.
/// </summary>
internal sealed class ByteLineReader
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;

    public ByteLineReader(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>The next line without its end, or false at the end of the stream; <paramref name="tooLong"/> marks a line over the limit (then <paramref name="line"/> is empty).</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        tooLong = false;
        int searched = _start;
        while (true)
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', searched, _end - searched);
            if (newline >= 0)
            {
                line = tooLong ? ReadOnlyMemory<byte>.Empty : Trim(_start, newline);
                _start = newline + 1;
                return true;
            }
            if (_eof)
            {
                if (_start == _end && !tooLong)
                {
                    line = ReadOnlyMemory<byte>.Empty;
                    return false;
                }
                line = tooLong ? ReadOnlyMemory<byte>.Empty : Trim(_start, _end);
                _start = _end;
                return true;
            }
            if (_end - _start > _maxLineBytes)
            {
                // Drop what is buffered of the overlong line and keep looking for its end.
                tooLong = true;
                _start = _end;
            }
            searched = Fill();
        }
    }

    private ReadOnlyMemory<byte> Trim(int start, int end)
    {
        if (end > start && _buffer[end - 1] == '\r')
        {
            end--;
        }
        return _buffer.AsMemory(start, end - start);
    }

    // Moves the unread part to the front, grows the buffer if it is full, reads more; returns where to search on.
    private int Fill()
    {
        int unread = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
            _start = 0;
            _end = unread;
        }
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }
        _end += read;
        return unread;
    }
}

using System.Security.Cryptography;

namespace IskpNlp.Pipeline;

/// <summary>The SHA-256 of a file, as lower-case hex: how run.json and the model metadata name data and models.</summary>
public static class FileHash
{
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

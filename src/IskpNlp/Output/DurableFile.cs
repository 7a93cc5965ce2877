using System.Runtime.InteropServices;
using System.Text;

namespace IskpNlp.Output;

/// <summary>
/// fsync where it matters: a file's bytes reach the disk before a checkpoint names its length, and a
/// folder is synced after a rename, so that after a power cut the checkpoint never points past the data
/// and a renamed file does not come back under its old name.
/// </summary>
internal static class DurableFile
{
    /// <summary>Writes <paramref name="text"/> (UTF-8) to a temporary file, syncs it, renames it over <paramref name="path"/> and syncs the folder.</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteAllText(string path, string text)
    {
        string temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
            stream.Flush(flushToDisk: true);
        }
        Move(temporary, path);
    }

    /// <summary>Renames <paramref name="from"/> to <paramref name="to"/>, replacing it, and syncs the folder.</summary>
    public static void Move(string from, string to)
    {
        File.Move(from, to, overwrite: true);
        SyncFolder(Path.GetDirectoryName(Path.GetFullPath(to))!);
    }

    /// <summary>Deletes <paramref name="path"/> if it exists and syncs the folder.</summary>
    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
            SyncFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
    }

    /// <summary>
    /// Makes the folder's entries (renames, new files) durable. On Unix this is fsync on the folder;
    /// Windows has no equivalent and commits renames with the file system's journal. Best effort: a
    /// file system that refuses to sync a folder still has the data synced by the caller.
    /// </summary>
    public static void SyncFolder(string folder)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()))
        {
            return;
        }
        try
        {
            int fd = Native.Open(folder, 0);
            if (fd < 0)
            {
                return;
            }
            _ = Native.Fsync(fd);
            _ = Native.Close(fd);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library that is not called libc: the files themselves are still synced.
        }
    }

    private static class Native
    {
        // .NET opens no file handle on a folder, so fsync on a folder needs libc itself.
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static extern int Fsync(int fd);

        [DllImport("libc", EntryPoint = "close")]
        public static extern int Close(int fd);
    }
}

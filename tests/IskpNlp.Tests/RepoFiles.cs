namespace IskpNlp.Tests;

/// <summary>Finds files of the repository (data/, models/, pipeline.yaml) from the test's output folder.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IskpNlp.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("IskpNlp.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Get(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}

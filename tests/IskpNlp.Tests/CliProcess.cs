using System.Diagnostics;
using System.Text;

namespace IskpNlp.Tests;

/// <summary>Runs the iskp-nlp CLI (built beside the tests) as a child process, as a user would.</summary>
internal static class CliProcess
{
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "iskp-nlp.dll");

    /// <summary>Starts <c>dotnet iskp-nlp.dll ARGS</c>, collecting its output into <paramref name="output"/>.</summary>
    public static Process Start(StringBuilder output, params string[] args)
    {
        string? host = Environment.ProcessPath;
        var start = new ProcessStartInfo(host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var process = new Process { StartInfo = start };
        // Both pipes are drained from the start so that a chatty child never blocks on a full pipe.
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs the CLI to its end; returns its exit code and what it printed (stdout and stderr).</summary>
    public static (int ExitCode, string Output) Run(TimeSpan timeout, params string[] args)
    {
        var output = new StringBuilder();
        using var process = Start(output, args);
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"iskp-nlp {string.Join(' ', args)} did not end within {timeout}");
        }
        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}

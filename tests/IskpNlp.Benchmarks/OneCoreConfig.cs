using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace IskpNlp.Benchmarks;

/// <summary>
/// A short job pinned to one core, with enough warm-up for tiered compilation to reach optimised
/// code (ShortRun's three warm-ups measured some loops unoptimised).
/// </summary>
internal sealed class OneCoreConfig : ManualConfig
{
    public OneCoreConfig()
    {
        AddJob(Job.ShortRun.WithWarmupCount(10).WithIterationCount(5).WithAffinity(1).WithId("OneCore"));
    }
}

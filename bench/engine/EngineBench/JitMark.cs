using System.Runtime;

namespace EngineBench;

/// <summary>
/// The process's JIT work so far (all threads): a phase's share of it says how much of its CPU went to compiling
/// rather than running (tier-0 code on first calls, tier-1 rejits of hot methods in the background).
/// </summary>
public readonly record struct JitMark(TimeSpan CompilationTime, long Methods)
{
    public static JitMark Now() => new(JitInfo.GetCompilationTime(), JitInfo.GetCompiledMethodCount());

    public string Since(JitMark before) =>
        $"{(CompilationTime - before.CompilationTime).TotalSeconds:F2} s compiling {Methods - before.Methods} methods";
}

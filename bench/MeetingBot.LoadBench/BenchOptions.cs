using System.Globalization;

namespace MeetingBot.LoadBench;

/// <summary>Command-line settings. Every run is bounded: a fixed time per level and a cap on activities.</summary>
public sealed record BenchOptions
{
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(8);
    public IReadOnlyList<int> Levels { get; init; } = [1, 8, 32];
    /// <summary>Distinct users per team; activities rotate through them.</summary>
    public int Users { get; init; } = 5;
    /// <summary>How long a worker waits for the reply before counting a timeout.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Upper bound on activities sent per target and level (warm-up included).</summary>
    public int MaxActivitiesPerLevel { get; init; } = 500_000;
    /// <summary>"baseline", "bot" or both.</summary>
    public IReadOnlyList<string> Targets { get; init; } = ["baseline", "bot"];

    public const string Usage =
        "Usage: MeetingBot.LoadBench [--duration <s>] [--warmup <s>] [--levels 1,8,32] [--users <n>] " +
        "[--reply-timeout <s>] [--max-activities <n>] [--targets baseline,bot]";

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help") throw new ArgumentException(Usage);
            if (i + 1 >= args.Length) throw new ArgumentException($"{name} needs a value. {Usage}");
            var value = args[++i];
            options = name switch
            {
                "--duration" => options with { Duration = Seconds(name, value) },
                "--warmup" => options with { Warmup = Seconds(name, value, allowZero: true) },
                "--levels" => options with { Levels = value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => PositiveInt(name, v)).ToList() },
                "--users" => options with { Users = PositiveInt(name, value) },
                "--reply-timeout" => options with { ReplyTimeout = Seconds(name, value) },
                "--max-activities" => options with { MaxActivitiesPerLevel = PositiveInt(name, value) },
                "--targets" => options with { Targets = ParseTargets(value) },
                _ => throw new ArgumentException($"Unknown option {name}. {Usage}"),
            };
        }
        return options;
    }

    private static TimeSpan Seconds(string name, string value, bool allowZero = false) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && (s > 0 || (allowZero && s == 0)) && s <= 3600
            ? TimeSpan.FromSeconds(s)
            : throw new ArgumentException($"{name} must be a number of seconds between 0 and 3600, got '{value}'.");

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 && n <= 10_000_000
            ? n
            : throw new ArgumentException($"{name} must be a positive whole number, got '{value}'.");

    private static IReadOnlyList<string> ParseTargets(string value)
    {
        var targets = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToLowerInvariant()).ToList();
        return targets.Count > 0 && targets.All(t => t is "baseline" or "bot")
            ? targets
            : throw new ArgumentException($"--targets takes baseline, bot or both, got '{value}'.");
    }
}

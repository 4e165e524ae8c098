using System.Globalization;

namespace MeetingBot.ReminderBench;

/// <summary>Command-line settings.</summary>
public sealed record BenchOptions
{
    /// <summary>Members of the one team who said "remind me".</summary>
    public int Members { get; init; } = 10_000;

    /// <summary>"limited" (the shipped Reminders rate limits), "unlimited" (limits off: the bot's own overhead), or both.</summary>
    public IReadOnlyList<string> Modes { get; init; } = ["limited", "unlimited"];

    /// <summary>Members have no 1:1 chat with the bot yet: each message opens one first (two connector calls).</summary>
    public bool FirstContact { get; init; }

    /// <summary>How long after scheduling the reminder is due.</summary>
    public TimeSpan Lead { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Gives up waiting for the deliveries after this long.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);

    public const string Usage =
        "Usage: MeetingBot.ReminderBench [--members <n>] [--modes limited,unlimited] [--first-contact] [--lead <s>] [--timeout <s>]";

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help") throw new ArgumentException(Usage);
            if (name == "--first-contact")
            {
                options = options with { FirstContact = true };
                continue;
            }
            if (i + 1 >= args.Length) throw new ArgumentException($"{name} needs a value. {Usage}");
            var value = args[++i];
            options = name switch
            {
                "--members" => options with { Members = PositiveInt(name, value) },
                "--modes" => options with { Modes = ParseModes(value) },
                "--lead" => options with { Lead = Seconds(name, value) },
                "--timeout" => options with { Timeout = Seconds(name, value) },
                _ => throw new ArgumentException($"Unknown option {name}. {Usage}"),
            };
        }
        return options;
    }

    private static TimeSpan Seconds(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 && s <= 24 * 3600
            ? TimeSpan.FromSeconds(s)
            : throw new ArgumentException($"{name} must be a positive number of seconds, got '{value}'.");

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 && n <= 1_000_000
            ? n
            : throw new ArgumentException($"{name} must be a whole number between 1 and 1,000,000, got '{value}'.");

    private static IReadOnlyList<string> ParseModes(string value)
    {
        var modes = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(m => m.ToLowerInvariant()).ToList();
        return modes.Count > 0 && modes.All(m => m is "limited" or "unlimited")
            ? modes
            : throw new ArgumentException($"--modes takes limited, unlimited or both, got '{value}'.");
    }
}

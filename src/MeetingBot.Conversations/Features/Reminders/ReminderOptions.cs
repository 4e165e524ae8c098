using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Conversations.Features.Reminders;

/// <summary>How reminders are sent; bound from the "Reminders" configuration section.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Messages per second into one conversation (Teams allows about 7). 0 turns the limit off.</summary>
    [Range(0, 1000)]
    public double PerConversationPerSecond { get; set; } = 7;

    /// <summary>Connector calls per second for the whole bot on this instance (Teams allows about 30 per app and tenant). 0 turns it off.</summary>
    [Range(0, 10_000)]
    public double PerBotPerSecond { get; set; } = 30;

    /// <summary>How many 1:1 reminders are in flight at once; the rate limits decide the pace.</summary>
    [Range(1, 256)]
    public int MaxParallelSends { get; set; } = 16;

    /// <summary>
    /// Catch-up: a reminder whose time passed while the bot was down is sent late (marked "(late)") while its meeting
    /// has not started; false drops it instead. Either way a reminder is never sent once the meeting has started.
    /// </summary>
    public bool SendLate { get; set; } = true;

    /// <summary>How long after its time a reminder still counts as on time (not marked late).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LateAfter { get; set; } = TimeSpan.FromMinutes(2);
}

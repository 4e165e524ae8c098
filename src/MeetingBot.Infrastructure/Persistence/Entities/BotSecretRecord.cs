namespace MeetingBot.Infrastructure.Persistence.Entities;

/// <summary>A secret the bot made for itself and every instance must share (the download-link signing key).</summary>
public sealed class BotSecretRecord
{
    public string Name { get; set; } = "";

    /// <summary>Base64.</summary>
    public string Value { get; set; } = "";

    public DateTimeOffset CreatedAtUtc { get; set; }
}

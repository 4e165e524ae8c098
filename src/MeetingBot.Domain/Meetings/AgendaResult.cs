namespace MeetingBot.Domain.Meetings;

/// <summary>
/// The outcome of an agenda change: the sentence to send, the item it concerns and, for changes touching several
/// items (standing items, carry-over), all of them. Refusals are results, never exceptions.
/// </summary>
public sealed record AgendaResult(bool Succeeded, string Message, AgendaItem? Item = null)
{
    public IReadOnlyList<AgendaItem> Items { get; init; } = [];

    public static AgendaResult Ok(string message, AgendaItem? item = null) =>
        new(true, message, item) { Items = item is null ? [] : [item] };

    public static AgendaResult Fail(string message) => new(false, message);
}

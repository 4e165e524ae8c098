namespace MeetingBot.Domain.Meetings;

/// <summary>
/// Someone acting on the agenda (proposer, editor): the channel's user id, which ownership is checked on, and the
/// display name. The conversation layer's message model has a Person too: alias one where both are imported.
/// </summary>
public sealed record Person(string UserId, string Name);

/// <summary>Who presents an item; guests and partners ("Billy Batware, UNODC") may have no user id.</summary>
public sealed record Presenter(string Name, string? UserId = null);

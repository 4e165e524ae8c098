namespace MeetingBot.Conversations.Turns;

/// <summary>How a turn goes on after an observer has seen its message.</summary>
public enum Observation
{
    /// <summary>Nothing that changes routing: dialogs and commands run as usual.</summary>
    Continue,

    /// <summary>
    /// Part of a record (a running meeting keeps its links and attendance): dialogs and commands still run, but text that
    /// is neither gets no "I don't know the command" answer.
    /// </summary>
    Kept,

    /// <summary>The observer dealt with the message completely (and may have replied); no dialog or command runs.</summary>
    Handled,
}

/// <summary>What the turn processor knows about a message before it routes it.</summary>
/// <param name="IsAddressedToBot">See <see cref="Messages.IncomingMessage.IsAddressedToBot"/>: only these reach dialogs and commands.</param>
/// <param name="IsCommand">Addressed to the bot and starting with a command (or a cancel word).</param>
/// <param name="DialogWaiting">Addressed to the bot while a dialog of the sender waits for an answer.</param>
public sealed record MessageRouting(bool IsAddressedToBot, bool IsCommand, bool DialogWaiting)
{
    /// <summary>
    /// The message carries text written elsewhere (a meeting chat pasted for <c>import chat</c>): its links and words
    /// were not said in this conversation and must not be recorded as the sender's.
    /// </summary>
    public bool CarriesQuotedText { get; init; }
}

/// <summary>
/// A step every message passes through, addressed to the bot or not, before it is routed to a dialog or a command:
/// the extension point for features that listen rather than answer (a meeting's link capture, attendance, the tour de
/// table's updates). Observers run in registration order; the first <see cref="Observation.Handled"/> ends the turn.
/// </summary>
public interface IMessageObserver
{
    Task<Observation> ObserveAsync(TurnContext turn, MessageRouting routing, CancellationToken cancellationToken);
}

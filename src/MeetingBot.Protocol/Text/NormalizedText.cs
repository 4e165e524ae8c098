namespace MeetingBot.Protocol.Text;

/// <summary>Someone mentioned in a message, identified by channel id (not by the text of the mention).</summary>
public sealed record MentionedAccount(string Id, string Name);

/// <summary>
/// A message's text as a command parser wants it: the bot's own mention gone, markup reduced to text, whitespace
/// collapsed (line breaks kept as single <c>\n</c>), plus the other people it mentions.
/// </summary>
public sealed record NormalizedText(string Text, IReadOnlyList<MentionedAccount> Mentions);

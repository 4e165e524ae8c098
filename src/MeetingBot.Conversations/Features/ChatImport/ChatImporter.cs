using System.Security.Cryptography;
using System.Text;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Features.Minutes;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Documents.ChatExports;
using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.ChatImport;

/// <summary>
/// Reads a saved Webex or Zoom meeting chat (a file sent with the message, or pasted text) and adds its links and
/// writers to the meeting's record. Nothing changes when the text is not a chat export, too large or not text.
/// </summary>
public sealed class ChatImporter(
    IEnumerable<IAttachmentReader> readers,
    IMeetingRecordStore records,
    IMeetingStore meetings,
    IMemberDirectory members,
    MinutesDesk minutes,
    TimeProvider time)
{
    /// <summary>5 MB: a long meeting's chat is a few hundred kilobytes.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>
    /// In a meeting's conversation, the meeting of the minutes (recorded here, else the team's last held). In a 1:1
    /// chat, the most recent meeting held by a team where the sender is secretary or chair (or any team, for an admin).
    /// </summary>
    public async Task<Meeting?> FindMeetingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Conversation.Kind != ConversationKind.Personal)
        {
            return await minutes.FindMeetingAsync(turn, cancellationToken);
        }

        var (meeting, problem) = await FindTeamMeetingAsync(turn, cancellationToken);
        if (problem is not null) turn.Reply(problem);
        return meeting;
    }

    private async Task<(Meeting? Meeting, string? Problem)> FindTeamMeetingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var teams = (await members.ListMembershipsAsync(turn.Message.From.Id, cancellationToken))
            .Where(m => m.ScopeId != turn.Conversation.ScopeId && (turn.IsAdmin || Permission.SecretaryOrChair.Allows(m, false)))
            .ToList();
        if (teams.Count == 0)
        {
            return (null, "Importing a meeting chat is for the secretary or the chair of a team I work in, and you are neither in any team I know.");
        }

        Meeting? latest = null;
        foreach (var team in teams)
        {
            if (await meetings.FindLastHeldAsync(team.ScopeId, now, cancellationToken) is { } held && (latest is null || held.StartUtc > latest.StartUtc))
            {
                latest = held;
            }
        }

        return latest is null
            ? (null, "None of your teams has held a meeting yet, so there is nothing to import a chat into.")
            : (latest, null);
    }

    public async Task<Reply> ImportAsync(TurnContext turn, Meeting meeting, string pasted, CancellationToken cancellationToken)
    {
        var (text, fileName, problem) = await ReadAsync(turn.Message, pasted, cancellationToken);
        if (text is null) return new Reply(problem ?? "I could not read that.");

        var read = ChatExportReader.Read(text);
        if (!read.IsChatExport)
        {
            return new Reply($"{fileName} does not look like a chat saved from Webex or Zoom, so I imported nothing. {read.Problem} " +
                             "Lines should look like \"Name to Everyone: message\" (Webex) or \"15:04:33 From Name to Everyone: message\" (Zoom).");
        }

        var hash = Hash(text);
        var format = read.Format.ToString();
        var messages = read.Messages.Select(m => new ImportedChatMessage(m.Sender, m.TimeOfDay, m.Text)).ToList();
        var now = time.GetUtcNow();
        if (await records.GetAsync(meeting.Id, cancellationToken) is null)
        {
            // A meeting held without the bot (on Webex or Zoom): its record starts with the import.
            await records.TryAddAsync(MeetingRecord.For(meeting, meeting.ConversationKey, now), cancellationToken);
        }

        var importer = turn.Member.DisplayName;
        var outcome = await records.UpdateAsync(meeting.Id, r => r.ImportChat(hash, format, fileName, messages, importer, now), cancellationToken);
        if (outcome.AlreadyImported)
        {
            var previous = outcome.Previous;
            return new Reply($"This chat was imported into the {meeting.DisplayTitle} already" +
                             (previous is null ? "" : $" ({previous.FileName}, by {previous.ImportedByName}, {Domain.Time.TimeZoneLabel.Format(previous.ImportedAtUtc, meeting.TimeZoneId)})") +
                             ", so nothing changed.");
        }

        var senders = messages.Select(m => m.Sender).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var skipped = read.SkippedPrivate > 0 ? $" I left out {Count(read.SkippedPrivate, "private message")}." : "";
        return new Reply(
            $"Imported the {format} chat ({fileName}) into the {meeting.DisplayTitle}: {Count(outcome.Messages, "message")} from {Count(senders, "person", "people")}; " +
            $"{Count(outcome.LinksAdded, "new link")} in the annex" + (outcome.SharesAdded > outcome.LinksAdded ? $" ({Count(outcome.SharesAdded - outcome.LinksAdded, "more sharer")} of links already there)" : "") +
            $"; {Count(outcome.AttendeesAdded, "person", "people")} added to the attendance.{skipped} Say links to see them, or minutes to draft the minutes again.");
    }

    private async Task<(string? Text, string FileName, string? Problem)> ReadAsync(IncomingMessage message, string pasted, CancellationToken cancellationToken)
    {
        if (message.Attachments.Count == 0)
        {
            var trimmed = pasted.Trim();
            if (trimmed.Length == 0) return (null, "", "Send the saved chat file with the words import chat, or paste the chat after them.");
            return Encoding.UTF8.GetByteCount(trimmed) > MaxBytes
                ? (null, "", "That text is over 5 MB, so I imported nothing. Send the saved chat file instead.")
                : (trimmed, "the pasted text", null);
        }

        if (message.Attachments.Count > 1)
        {
            return (null, "", "Send one chat file at a time, so each import can be checked on its own; I imported nothing.");
        }

        var attachment = message.Attachments[0];
        var name = $"\"{Domain.Meetings.PlainText.Clean(attachment.Name)}\"";
        // The channel's reader refuses an announced or read size over the limit (TooLarge) before reading on.
        var reader = readers.FirstOrDefault(r => r.Serves(message.Conversation.ChannelId));
        if (reader is null)
        {
            return (null, name, "I cannot read files sent on this channel. Paste the chat's text after import chat instead.");
        }

        var content = await reader.ReadTextAsync(message, attachment, MaxBytes, cancellationToken);
        return content.Problem switch
        {
            AttachmentProblem.None when content.Text is { } text => (text, name, null),
            AttachmentProblem.TooLarge => (null, name, $"{name} is larger than 5 MB, so I did not import it. A saved meeting chat is much smaller: check that it is the chat file."),
            AttachmentProblem.NotText => (null, name, $"{name} is not a text file, so I imported nothing. Save the meeting chat as text (.txt) and send that."),
            _ => (null, name, $"I could not download {name} just now, so I imported nothing. Try again, or paste the chat's text after import chat."),
        };
    }

    /// <summary>The same chat with other line endings or a trailing newline is the same chat.</summary>
    private static string Hash(string text)
    {
        var normalised = text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    private static string Count(int n, string one, string? many = null) => n == 1 ? $"1 {one}" : $"{n} {many ?? one + "s"}";
}

using System.Text;

namespace MeetingBot.Documents.ChatExports;

/// <summary>
/// Reads the chat a secretary saved from Webex or Zoom (see <see cref="ChatHeaderParser"/> for the line formats) into
/// the messages sent to everyone, with their senders, so their links and senders can be recorded as if shared live.
/// A line that does not start a message continues the one before. Private messages and Zoom reactions are counted
/// and left out; Zoom's "Replying to "…":" quote line is dropped, since it repeats (part of) an earlier message.
/// <para>
/// Text is taken as a chat export when at least one line starts a message and either at most two non-empty lines
/// come before the first one (room for a title such as "Chat, 9th meeting") or at least 30% of the non-empty lines
/// start a message. Minutes with a chat annex at the end, a CSV, a JSON file or prose are refused with a sentence.
/// </para>
/// One pass over the lines, no backtracking patterns: a 5 MB export reads in a fraction of a second.
/// </summary>
public static class ChatExportReader
{
    private const int MaxLinesBeforeFirstMessage = 2;
    private const int MinPercentMessageLines = 30;

    public const string EmptyProblem =
        "The chat is empty. Save the chat in Webex or Zoom (Chat, then Save chat) and send the text file with import chat.";

    public const string NoMessagesProblem =
        "This is not a Webex or Zoom chat: no line starts like \"Anna Alvazzi to all: …\" or \"15:04:33 From Anna Alvazzi to Everyone: …\". "
        + "Save the chat in Webex or Zoom (Chat, then Save chat) and send that text file with import chat.";

    public static ChatExportReadResult Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            return ChatExportReadResult.Refused(EmptyProblem);
        }

        var messages = new List<ChatExportMessage>();
        var skippedPrivate = 0;
        var skippedReactions = 0;
        var zoomLines = 0;
        var webexLines = 0;
        var messageLines = 0;
        var nonEmptyLines = 0;
        var linesBeforeFirstMessage = 0;
        PendingMessage? pending = null;

        void Finish()
        {
            switch (pending?.Complete())
            {
                case { IsPrivate: true }:
                    skippedPrivate++;
                    break;
                case { IsReaction: true }:
                    skippedReactions++;
                    break;
                case { Message: { } message }:
                    messages.Add(message);
                    break;
            }
        }

        var lineNumber = 0;
        foreach (var rawLine in Lines(text))
        {
            lineNumber++;
            var line = WithoutControls(rawLine, lineNumber == 1);
            var isBlank = string.IsNullOrWhiteSpace(line);
            if (!isBlank)
            {
                nonEmptyLines++;
            }

            if (!isBlank && ChatHeaderParser.TryParse(line, out var header))
            {
                Finish();
                pending = new PendingMessage(header, lineNumber);
                messageLines++;
                if (header.Flavour == ChatExportFormat.Zoom)
                {
                    zoomLines++;
                }
                else
                {
                    webexLines++;
                }
            }
            else if (pending is not null)
            {
                pending.Add(line);
            }
            else if (!isBlank)
            {
                linesBeforeFirstMessage++;
            }
        }

        Finish();

        if (messageLines == 0)
        {
            return ChatExportReadResult.Refused(NoMessagesProblem);
        }

        if (linesBeforeFirstMessage > MaxLinesBeforeFirstMessage && messageLines * 100 < nonEmptyLines * MinPercentMessageLines)
        {
            return ChatExportReadResult.Refused(
                $"This looks like a document rather than a saved chat: only {messageLines} of its {nonEmptyLines} lines start a chat message. "
                + "Send the chat file saved from Webex or Zoom itself, not minutes or notes that quote it.");
        }

        var format = zoomLines > webexLines ? ChatExportFormat.Zoom : ChatExportFormat.Webex;
        return ChatExportReadResult.Read(format, messages, skippedPrivate, skippedReactions);
    }

    /// <summary>Lines split at CRLF, CR or LF, without allocating the whole split up front.</summary>
    private static IEnumerable<string> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\r' or '\n'))
            {
                continue;
            }

            yield return text[start..i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    /// <summary>Keeps tabs (they separate Zoom's fields); drops a leading BOM and other control characters.</summary>
    private static string WithoutControls(string line, bool isFirstLine)
    {
        var start = isFirstLine && line.StartsWith('\uFEFF') ? 1 : 0;
        var clean = true;
        for (var i = start; i < line.Length; i++)
        {
            if (char.IsControl(line[i]) && line[i] != '\t')
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return start == 0 ? line : line[start..];
        }

        var builder = new StringBuilder(line.Length);
        for (var i = start; i < line.Length; i++)
        {
            if (!char.IsControl(line[i]) || line[i] == '\t')
            {
                builder.Append(line[i]);
            }
        }

        return builder.ToString();
    }

    private sealed class PendingMessage(ChatHeader header, int lineNumber)
    {
        private readonly List<string> _lines = [header.Text];

        public void Add(string line) => _lines.Add(line);

        public Outcome Complete()
        {
            if (!header.IsPublic)
            {
                return new Outcome(IsPrivate: true, IsReaction: false, Message: null);
            }

            var lines = _lines.Select(line => line.Trim()).ToList();
            TrimBlankEnds(lines);
            if (lines.Count > 0 && IsReplyQuote(lines[0]))
            {
                lines.RemoveAt(0);
                TrimBlankEnds(lines);
            }

            if (lines.Count == 0)
            {
                return new Outcome(IsPrivate: false, IsReaction: false, Message: null);
            }

            if (lines.Count == 1 && IsReaction(lines[0]))
            {
                return new Outcome(IsPrivate: false, IsReaction: true, Message: null);
            }

            var text = string.Join('\n', WithoutRepeatedBlankLines(lines)).Replace('\t', ' ');
            return new Outcome(IsPrivate: false, IsReaction: false, new ChatExportMessage(header.Sender, header.Time, text, lineNumber));
        }

        private static void TrimBlankEnds(List<string> lines)
        {
            while (lines.Count > 0 && lines[0].Length == 0)
            {
                lines.RemoveAt(0);
            }

            while (lines.Count > 0 && lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }
        }

        private static IEnumerable<string> WithoutRepeatedBlankLines(List<string> lines) =>
            lines.Where((line, i) => line.Length > 0 || lines[i - 1].Length > 0);

        /// <summary>Zoom: Replying to "Good afternoon from Wi...":</summary>
        private static bool IsReplyQuote(string line) => line.StartsWith("Replying to \"", StringComparison.Ordinal);

        /// <summary>Zoom: Reacted to "…" with 👍, and Removed a 👍 reaction from "…".</summary>
        private static bool IsReaction(string line) =>
            line.StartsWith("Reacted to \"", StringComparison.Ordinal)
            || (line.StartsWith("Removed a ", StringComparison.Ordinal) && line.Contains(" reaction from \"", StringComparison.Ordinal));
    }

    private sealed record Outcome(bool IsPrivate, bool IsReaction, ChatExportMessage? Message);
}

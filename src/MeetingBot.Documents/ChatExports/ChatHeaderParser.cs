using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.Documents.ChatExports;

/// <summary>
/// Recognises the line that starts a chat message in a file saved from Webex or Zoom:
/// <list type="bullet">
/// <item>Webex: "Name to all: text", "Name to Everyone: text", "from Name to Everyone:" (text on the next lines),
/// optionally after a time ("15:04:33", "03:04 PM", "[15:04]", "[25/03/2027 03:04 PM]", "2027-03-25 15:04:33") or
/// with the time after the colon ("from Name to everyone:    03:04 PM").</item>
/// <item>Zoom: "15:04:33\t From  Name  to  Everyone:\ttext" (older, double spaces), "15:04:33 From Name To
/// Everyone:" (newer, text indented on the next lines), "10:02:33\t From  Name : text" and the cloud recording's
/// "00:58:04\tName:\ttext".</item>
/// </list>
/// A message to someone other than everyone ("to Tobias Krachler (privately)", "(Direct Message)", or any other
/// recipient after a time) is recognised so that its lines can be skipped. A line without time, "from" or privacy
/// marker ("Jay Albanese to all: …") starts a message only when it says "to all"/"to everyone" and what comes before
/// looks like a name: capitalised words, particles such as "de" or "van", parenthesised notes such as "(she/her)",
/// and not a greeting ("Thanks to all: …"). Indented lines never start a message: Zoom indents message text.
/// </summary>
internal static partial class ChatHeaderParser
{
    // The longest prefix the timestamp pattern can match ("[2027-03-25 15:04:33 p.m.]" and a gap) fits in this.
    private const int TimestampWindow = 48;
    private const int MaxNameLength = 100;
    private const int MaxNameWords = 12;
    private const int MaxBareNameWords = 8;

    private static readonly FrozenSet<string> Everyone = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "all", "everyone", "all participants", "all attendees", "all panelists and attendees", "entire audience");

    private static readonly FrozenSet<string> PrivacyMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "privately", "private", "direct message", "private message");

    // Lowercase words that belong inside names: "Anna Alvazzi del Frate", "Ministry of Justice".
    private static readonly FrozenSet<string> NameParticles = FrozenSet.Create(StringComparer.Ordinal,
        "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "zu",
        "ten", "ter", "y", "e", "bin", "binti", "al", "el", "ibn", "and", "of", "for", "the");

    // Capitalised words that open a sentence addressed to everyone rather than a sender's name.
    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "thanks", "thank", "thx", "welcome", "hello", "hi", "hey", "dear", "greetings", "congratulations", "congrats",
        "sorry", "apologies", "bye", "goodbye", "cheers", "regards", "best", "good", "happy", "kind", "warm", "many",
        "special", "note", "reminder", "message", "question", "kudos", "please", "just", "and", "but", "so", "also",
        "plus", "here", "this", "that", "it", "we", "i", "you", "they", "he", "she", "our", "my", "your", "their",
        "a", "an", "the", "yes", "no", "ok", "okay", "sent", "send", "said", "say", "reply", "replying", "from");

    public static bool TryParse(string line, [NotNullWhen(true)] out ChatHeader? header)
    {
        header = null;
        if (line.Length == 0 || char.IsWhiteSpace(line[0]))
        {
            return false;
        }

        var time = LeadingTime(line, out var afterTime, out var tabAfterTime);
        var rest = line[afterTime..];
        var fromWritten = StartsWithWord(rest, "from") ? rest[..4] : null;
        if (fromWritten is not null)
        {
            rest = rest[4..].TrimStart();
        }

        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var rawHead = rest[..colon];
        var text = rest[(colon + 1)..].Trim();
        var head = CollapseSpaces(rawHead);

        // Webex may put the time after the colon, with the text on the following lines.
        if (time is null && fromWritten is not null && TryReadWholeTime(text, out var trailingTime))
        {
            time = trailingTime;
            text = "";
        }

        string name;
        bool isPublic;
        string? marker = null;
        var to = head.LastIndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to > 0)
        {
            name = head[..to].Trim();
            (var recipient, marker) = SplitPrivacyMarker(head[(to + 4)..].Trim());
            isPublic = marker is null && Everyone.Contains(recipient);

            // Without a time or a privacy marker, "From Monday to Friday: …" inside a message is text, not a header.
            if (!isPublic && marker is null && time is null)
            {
                return false;
            }
        }
        else if (time is not null && (fromWritten is not null || tabAfterTime))
        {
            // Zoom without a recipient: "10:02:33\t From  Name : text" or, from a cloud recording, "00:58:04\tName:\ttext".
            name = head;
            isPublic = true;
        }
        else
        {
            return false;
        }

        var bare = time is null && marker is null;
        if (!IsPlausibleName(name, bare))
        {
            return false;
        }

        var isZoom = tabAfterTime
                     || (time is not null && fromWritten == "From")
                     || string.Equals(marker, "direct message", StringComparison.OrdinalIgnoreCase)
                     || rawHead.Contains("  ", StringComparison.Ordinal)
                     || to <= 0;
        header = new ChatHeader(name, time, isPublic, text, isZoom ? ChatExportFormat.Zoom : ChatExportFormat.Webex);
        return true;
    }

    /// <summary>True when all of <paramref name="text"/> is a time, like the "03:04 PM" Webex puts after a name.</summary>
    private static bool TryReadWholeTime(string text, out TimeOnly time)
    {
        time = default;
        if (text.Length is 0 or > TimestampWindow)
        {
            return false;
        }

        var match = Timestamp().Match(text);
        return match.Success && match.Length == text.Length && TryTime(match, out time);
    }

    private static TimeOnly? LeadingTime(string line, out int afterTime, out bool tabAfterTime)
    {
        afterTime = 0;
        tabAfterTime = false;
        var match = Timestamp().Match(line, 0, Math.Min(line.Length, TimestampWindow));
        if (!match.Success || !TryTime(match, out var time))
        {
            return null;
        }

        afterTime = match.Length;
        tabAfterTime = match.Groups["gap"].Value.Contains('\t', StringComparison.Ordinal);
        return time;
    }

    private static bool TryTime(Match match, out TimeOnly time)
    {
        time = default;
        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
        var second = match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["half"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            var afternoon = match.Groups["half"].Value is "P" or "p";
            hour = (hour % 12) + (afternoon ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute, second);
        return true;
    }

    private static (string Recipient, string? Marker) SplitPrivacyMarker(string recipient)
    {
        var open = recipient.LastIndexOf('(');
        if (!recipient.EndsWith(')') || open < 0)
        {
            return (recipient, null);
        }

        var inside = CollapseSpaces(recipient[(open + 1)..^1]);
        return PrivacyMarkers.Contains(inside) ? (recipient[..open].Trim(), inside) : (recipient, null);
    }

    /// <summary>
    /// Any display name goes when the line has a time or a privacy marker, since the tools write those lines
    /// themselves; a bare "… to all:" line must also look like a name (see the class summary).
    /// </summary>
    private static bool IsPlausibleName(string name, bool bare)
    {
        if (name.Length is 0 or > MaxNameLength || name.Contains("://", StringComparison.Ordinal)
            || !name.Any(char.IsLetterOrDigit))
        {
            return false;
        }

        var words = name.Split(' ');
        if (words.Length > MaxNameWords)
        {
            return false;
        }

        if (!bare)
        {
            return true;
        }

        if (words.Length > MaxBareNameWords || name.AsSpan().IndexOfAny("?!;\"") >= 0
            || !char.IsUpper(words[0][0]) || SentenceOpeners.Contains(words[0].TrimEnd(',', '.')))
        {
            return false;
        }

        return words.Skip(1).All(word => char.IsUpper(word[0]) || char.IsDigit(word[0]) || word[0] == '('
                                         || NameParticles.Contains(word));
    }

    private static bool StartsWithWord(string text, string word) =>
        text.Length > word.Length && text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[word.Length]);

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// An optional bracket, an optional date (2027-03-25, 25/03/2027, 25.03.27), a time with optional seconds and
    /// AM/PM, an optional closing bracket, then spaces or a tab (or the end). Anchored, with bounded repeats only, and
    /// applied to a short prefix: its cost per line is constant.
    /// </summary>
    [GeneratedRegex(
        @"^[\[(]?(?:(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}),?[ T])?(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?: ?(?<half>[AaPp])\.?[Mm]\.?)?[\])]?(?<gap>[ \t]+|$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Timestamp();
}

using System.Text;

namespace MeetingBot.Slack.Text;

/// <summary>
/// Writing Slack's <c>mrkdwn</c> (not Markdown): <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> must be escaped or Slack reads
/// them as markup; <c>*bold*</c> takes one star. Used for the notification text of a message; the message body itself
/// is sent as Block Kit rich text, where nothing a member typed is interpreted.
/// </summary>
public static class SlackMrkdwn
{
    /// <summary>Escapes the three characters Slack treats as control characters.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0) return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>A user mention Slack renders as the person's current name and notifies them for.</summary>
    public static string Mention(string userId) => $"<@{userId}>";
}

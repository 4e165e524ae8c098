using System.Text;
using MeetingBot.Domain.Minutes;

namespace MeetingBot.Conversations.Features.Minutes;

/// <summary>File names and types of the minutes, the same for downloads, the document library and e-mail.</summary>
public static class MinutesFiles
{
    public const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string MarkdownContentType = "text/markdown; charset=utf-8";

    /// <summary>"minutes-9th-informal-meeting-of-the-alliance-v2" (approved) or "…-v3-draft", without extension.</summary>
    public static string BaseName(string title, MinutesVersion version)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= 80) break;
        }

        var name = slug.ToString().Trim('-');
        return $"minutes-{(name.Length == 0 ? "meeting" : name)}-v{version.Number}{(version.IsApproved ? "" : "-draft")}";
    }
}

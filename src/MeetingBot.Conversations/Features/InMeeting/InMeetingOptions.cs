using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Conversations.Features.InMeeting;

/// <summary>How the bot behaves during meetings; bound from the "InMeeting" configuration section.</summary>
public sealed class InMeetingOptions
{
    public const string Section = "InMeeting";

    /// <summary>Links shared this long before a meeting scheduled in the conversation starts are kept with it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan LinkWindowBefore { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Links shared this long after the meeting ended are still kept with it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan LinkWindowAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Someone arriving more than this after the start is late: the tour de table calls them at its end.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan LateAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// "meeting start" (or Teams' start event) starts the meeting scheduled in the conversation when its start is at most
    /// this far from now; otherwise it starts an ad-hoc meeting.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan ScheduledMeetingWindow { get; set; } = TimeSpan.FromHours(12);

    /// <summary>A gentle nudge is posted when a speaker of the tour de table has had this long; zero turns it off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan TourSpeakerTimeLimit { get; set; } = TimeSpan.Zero;

    /// <summary>Read the conversation's roster at the start, so those who do not come are listed as absent.</summary>
    public bool ReadRoster { get; set; } = true;

    /// <summary>A roster larger than this (a whole team's channel) is not read: it is not a list of invitees.</summary>
    [Range(1, 1000)]
    public int MaxRosterSize { get; set; } = 100;

    /// <summary>Fetch the title of each shared page (only from public addresses). Off by default: it contacts other sites.</summary>
    public bool FetchLinkTitles { get; set; }

    /// <summary>How long one title fetch may take, redirects included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:30")]
    public TimeSpan LinkTitleTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>At most this much of a page is read to find its title.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int LinkTitleMaxBytes { get; set; } = 256 * 1024;
}

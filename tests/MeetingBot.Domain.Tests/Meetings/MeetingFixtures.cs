using System.Globalization;
using MeetingBot.Domain.Meetings;

namespace MeetingBot.Domain.Tests.Meetings;

/// <summary>
/// The meeting most tests use: the 9th Informal Meeting of the Alliance, Tue 31 Aug 2027, 15:30-17:00 in Vienna
/// (13:30-15:00 UTC), agenda deadline two days before (Sun 29 Aug 15:30 Vienna = 13:30 UTC), standing items applied.
/// "Now" is Fri 20 Aug 2027, well before the deadline.
/// </summary>
internal static class MeetingFixtures
{
    public const string Vienna = "Europe/Vienna";
    public const string NewYork = "America/New_York";

    public static readonly DateTimeOffset Now = Utc("2027-08-20T10:00Z");
    public static readonly DateTimeOffset Start = Utc("2027-08-31T13:30Z");
    public static readonly DateTimeOffset AfterDeadline = Utc("2027-08-29T13:31Z");

    public static readonly Person Anna = new("u-anna", "Anna Alvazzi del Frate");
    public static readonly Person Ian = new("u-ian", "Ian Tennant");
    public static readonly Person Tobias = new("u-tobias", "Tobias Krachler");

    public static MeetingSeries Series() => new()
    {
        ScopeId = "team-1",
        HomeConversationKey = "conv-1",
        Title = "Informal Meeting of the Alliance",
        DefaultLocation = "Webex",
        LastNumber = 8,
    };

    /// <summary>The 9th meeting with the four standing items as items 1-4.</summary>
    public static Meeting NinthMeeting() => Series().CreateMeeting(Start, Now);

    /// <summary>A meeting with no standing items, for tests about numbering.</summary>
    public static Meeting PlainMeeting() => new()
    {
        ScopeId = "team-1",
        ConversationKey = "conv-1",
        Title = "Board meeting",
        StartUtc = Start,
        EndUtc = Start.AddMinutes(90),
        TimeZoneId = Vienna,
        CreatedAtUtc = Now,
    };

    /// <summary>Adds items by Anna (not a manager) before the deadline; returns the meeting for chaining.</summary>
    public static Meeting WithItems(this Meeting meeting, params string[] titles)
    {
        foreach (var title in titles)
        {
            var result = Agenda.Add(meeting, title, Anna, presenter: null, minutes: null, Now, proposerCanManage: false);
            Assert.True(result.Succeeded, result.Message);
        }

        return meeting;
    }

    /// <summary>The active item at a position; fails the test when there is none.</summary>
    public static AgendaItem At(this Meeting meeting, int position) =>
        Assert.IsType<AgendaItem>(Agenda.Find(meeting, position));

    /// <summary>The item a successful add returned.</summary>
    public static AgendaItem Added(AgendaResult result)
    {
        Assert.True(result.Succeeded, result.Message);
        return Assert.IsType<AgendaItem>(result.Item);
    }

    public static string[] Titles(this Meeting meeting) => meeting.ActiveItems.Select(item => item.Title).ToArray();

    public static int[] Positions(this Meeting meeting) => meeting.ActiveItems.Select(item => item.Position).ToArray();

    public static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}

using MeetingBot.IntegrationTests.Support;
using MeetingBot.Protocol.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.InMeeting;

/// <summary>
/// A whole meeting replayed through /api/messages and the fake Teams connector, on a clock the test sets: Anna chairs,
/// Tobias is secretary; six people join (Gerson late, during the tour de table), Jeanne sent apologies and Linda is on
/// the roster but never comes. Messages without a mention are what Teams delivers with RSC in the meeting's thread.
/// </summary>
public sealed class MeetingScenarioTests : IAsyncLifetime
{
    private static readonly Member Ian = new("29:ian", "Ian Tennant");
    private static readonly Member Gerson = new("29:gerson", "Gerson Nozea");
    private static readonly Member Jeanne = new("29:jeanne", "Jeanne Sarson");
    private static readonly Member Linda = new("29:linda", "Linda Witong");
    private const string Thread = ChannelA + ";messageid=1001";
    private const string OnlineMeeting = "MCMxOTptZWV0aW5nX2FsbGlhbmNlQHRocmVhZC52Mg==";
    private const string ConversationKey = "msteams|" + ChannelA;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 8, 20, 9, 0, 0, TimeSpan.Zero));
    private FakeChannelServer _channel = null!;
    private BotHost _bot = null!;
    private ChatDriver _chat = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _bot = await BotHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(_time));
        _chat = new ChatDriver(_bot, _channel);
        foreach (var member in new[] { Anna, Tobias, Phil, Maria, Ian, Gerson, Linda, Jeanne })
            _channel.Roster.Add(new TeamsChannelAccount { Id = member.Id, Name = member.Name, UserRole = "user" });
        _channel.Roster.Add(new TeamsChannelAccount { Id = Activities.BotId, Name = "MeetingBot" });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_meeting_with_attendance_tour_links_and_notes_is_recorded_exactly()
    {
        // Before the meeting: schedule it, give Tobias the secretary's role, an agenda item, apologies.
        await _chat.SayAsync(Anna, "schedule 31 Aug 2027 15:00-16:30 Europe/Vienna on Teams");
        await _chat.SayAsync(Anna, "Informal Meeting of the Alliance");
        await _chat.SayAsync(Anna, "9");
        await _chat.SayAsync(Anna, "role @Tobias Keller secretary", mentions: Tobias);
        await _chat.SayAsync(Phil, "agenda add Nominations for Board positions");
        await _chat.SayAsync(Jeanne, "apologies travelling to Halifax");

        At(13, 0);
        var started = await PostAsync(MeetingActivities.Start(_channel.ServiceUrl, Thread, TeamA, OnlineMeeting, "9th Informal Meeting"));
        await PostAsync(MeetingActivities.Join(_channel.ServiceUrl, Thread, TeamA, OnlineMeeting, Anna, Tobias));
        At(13, 1);
        await PostAsync(MeetingActivities.Join(_channel.ServiceUrl, Thread, TeamA, OnlineMeeting, Phil));
        At(13, 2);
        await PostAsync(MeetingActivities.Join(_channel.ServiceUrl, Thread, TeamA, OnlineMeeting, Maria));
        At(13, 3);
        await PostAsync(MeetingActivities.Join(_channel.ServiceUrl, Thread, TeamA, OnlineMeeting, Ian));

        At(13, 5);
        var item1 = await Say(Anna, "item 1");
        At(13, 6);
        var note = await Say(Tobias, "note Welcome to the two new member organisations");
        At(13, 8);
        var shared = await Chat(Phil, "<p>Calendar: <a href=\"http://crimeday.net/?utm_source=teams\">Crime Day calendar</a></p>");

        // The tour de table: a done, a later, a back, a non-speaker interruption, a pass, a late arrival, a skip.
        At(13, 10);
        await Say(Anna, "item 3");
        var tour = await Say(Anna, "tour start");
        At(13, 11);
        var update = await Say(Anna, "Briefing on the HLPF side event; the report is at https://www.crimealliance.org/what-we-do/hlpf2021.");
        At(13, 12);
        var annaDone = await Chat(Anna, "done");
        var later = await Chat(Tobias, "later");
        At(13, 13);
        await Chat(Phil, "The PNI knowledge centre lists most UN meetings.");
        At(13, 14);
        var interruption = await Chat(Maria, "Sorry, which calendar was that?");
        await Chat(Ian, "It is at http://crimeday.net");
        At(13, 15);
        var philDone = await Chat(Phil, "done.");
        var back = await Say(Anna, "back");
        At(13, 16);
        await Chat(Phil, "One more thing: the PNI calendar needs your events by Friday.");
        await Chat(Phil, "done");
        var pass = await Chat(Maria, "pass");
        At(13, 17);
        var lateJoin = await PostAsync(MeetingActivities.Join(_channel.ServiceUrl, Thread, TeamA, OnlineMeeting, Gerson));
        At(13, 18);
        var skip = await Say(Anna, "skip @Ian Tennant", mentions: Ian);
        At(13, 19);
        await Chat(Tobias, "The next informal meeting is on 10 Sep; the website has a new UN processes hub.");
        var tobiasDone = await Chat(Tobias, "done");
        At(13, 21);
        await Chat(Gerson, "Hello all, greetings from Brazil.");
        var end = await Chat(Gerson, "done");

        // Notes on a second item, and a stretch off the record.
        At(13, 30);
        await Say(Anna, "item 4");
        At(13, 31);
        var decision = await Say(Tobias, "decision Nominations are open until 30 Sep; the Board reviews them in October");
        At(13, 32);
        var action = await Say(Anna, "action @Tobias Keller circulate the call for nominations by 15 Sep", mentions: Tobias);
        At(13, 33);
        var off = await Say(Anna, "off the record");
        At(13, 34);
        await Chat(Ian, "Confidential draft: https://example.org/draft");
        var refusedNote = await Say(Maria, "note this must not be kept");
        At(13, 35);
        var on = await Say(Anna, "on the record");
        At(13, 40);
        await PostAsync(MeetingActivities.Leave(_channel.ServiceUrl, Thread, TeamA, OnlineMeeting, Ian));
        At(14, 15);
        var ended = await PostAsync(MeetingActivities.End(_channel.ServiceUrl, Thread, TeamA, OnlineMeeting));
        var links = await Say(Maria, "links");

        // What the chat saw.
        Assert.StartsWith("**The 9th Informal Meeting of the Alliance has started.**\nWhile it runs I record who attends", Assert.Single(started));
        Assert.Contains("never record audio", started[0]);
        Assert.Contains("**off the record**", started[0]);
        Assert.Equal(["Now on item 1: Updates from the Alliance."], item1);
        Assert.Equal(["Note 1 noted under item 1."], note);
        Assert.Empty(shared);
        Assert.Equal(["Tour de table: 5 participant(s), in order of arrival.\n<at>Anna Alvarez</at>, your update? (1 of 5) — reply here, or say pass / later"], tour);
        Assert.Empty(update);
        Assert.Equal(["Thank you, Anna Alvarez.\n<at>Tobias Keller</at>, your update? (2 of 5) — reply here, or say pass / later"], annaDone);
        Assert.Equal(["All right, Tobias Keller: I will come back to you at the end.\n<at>Phil Reichel</at>, your update? (2 of 5) — reply here, or say pass / later"], later);
        Assert.Empty(interruption);
        Assert.Equal(["Thank you, Phil Reichel.\n<at>Maria Costa</at>, your update? (3 of 5) — reply here, or say pass / later"], philDone);
        Assert.Equal(["Back to Phil Reichel.\n<at>Phil Reichel</at>, your update? (2 of 5) — reply here, or say pass / later"], back);
        Assert.Equal(["Maria Costa passes.\n<at>Ian Tennant</at>, your update? (4 of 5) — reply here, or say pass / later"], pass);
        Assert.Equal(["Gerson Nozea has joined: I have added them at the end of the tour de table."], lateJoin);
        Assert.Equal(["Skipped Ian Tennant.\n<at>Tobias Keller</at>, your update? (5 of 6) — reply here, or say pass / later"], skip);
        Assert.Equal(["Thank you, Tobias Keller.\n<at>Gerson Nozea</at>, your update? (6 of 6) — reply here, or say pass / later"], tobiasDone);
        Assert.Equal(
        [
            "Thank you, Gerson Nozea. Everyone has had their turn: the tour de table has ended.",
            "**Tour de table: summary**\nSpoke (4): Anna Alvarez, Phil Reichel, Tobias Keller, Gerson Nozea\nPassed (1): Maria Costa\nSkipped (1): Ian Tennant\nAbsent: Jeanne Sarson (apologies), Linda Witong",
        ], end);
        Assert.Equal(["Decision 2 noted under item 4."], decision);
        Assert.Equal(["Action 3 noted under item 4. Owner: Tobias Keller; due: Wed 15 Sep 2027."], action);
        Assert.Equal(["We are off the record: I keep nothing that is written here until the chair says on the record."], off);
        Assert.Equal(["We are off the record, so I did not keep that note. The chair says on the record to resume."], refusedNote);
        Assert.Equal(["We are back on the record."], on);
        Assert.Equal(["**The 9th Informal Meeting of the Alliance has ended** (15:00 - 16:15). Recorded: 6 present, 1 with apologies; 2 link(s); 3 note(s) (1 decision(s), 1 action(s)); tour de table: 4 spoke, 1 passed. Say notes, links or attendance to see them."], ended);
        Assert.Equal(["**Links shared in the 9th Informal Meeting of the Alliance** (2)\n1. http://crimeday.net/ (shared by Phil Reichel 15:08, Ian Tennant 15:14)\n2. https://www.crimealliance.org/what-we-do/hlpf2021 (shared by Anna Alvarez 15:11)"], links);

        // What was stored.
        var (meeting, record) = await RecordSnapshot.LoadAsync(_bot, ConversationKey);
        Assert.Equal(
            """
            9th Informal Meeting of the Alliance | Ended 13:00-14:15 | record 13:00-14:15 | online meeting MCMxOTptZWV0aW5nX2FsbGlhbmNlQHRocmVhZC52Mg== | ad hoc False | off the record False
            Attendance:
              1. Anna Alvarez (29:anna) | Present | Chair | Attendee | joined 13:00 | left 14:15 | Roster, JoinEvent, Wrote
              2. Tobias Keller (29:tobias) | Present | Secretary | Attendee | joined 13:00 | left 14:15 | Roster, JoinEvent, Wrote
              3. Phil Reichel (29:phil) | Present | Member | Attendee | joined 13:01 | left 14:15 | Roster, JoinEvent, Wrote
              4. Maria Costa (29:maria) | Present | Member | Attendee | joined 13:02 | left 14:15 | Roster, JoinEvent, Wrote
              5. Ian Tennant (29:ian) | Left | Member | Attendee | joined 13:03 | left 13:40 | Roster, JoinEvent, Wrote
              6. Gerson Nozea (29:gerson) | Present | Member | Attendee | joined 13:17 | left 14:15 | late | Roster, JoinEvent, Wrote
              - Jeanne Sarson (29:jeanne) | Apologies | Member | "travelling to Halifax" | Roster, Apologies
              - Linda Witong (29:linda) | Invited | Roster
            Tour: Ended ByArrival 13:10-13:21
              Anna Alvarez | Spoke | called 13:10 finished 13:12 | "Briefing on the HLPF side event; the report is at https://www.crimealliance.org/what-we-do/hlpf2021."
              Phil Reichel | Spoke | called 13:15 finished 13:16 | "The PNI knowledge centre lists most UN meetings. / One more thing: the PNI calendar needs your events by Friday."
              Maria Costa | Passed | called 13:16 finished 13:16
              Ian Tennant | Skipped | called 13:16 finished 13:18
              Tobias Keller | Spoke | called 13:18 finished 13:19 | "The next informal meeting is on 10 Sep; the website has a new UN processes hub."
              Gerson Nozea | Spoke | late | called 13:19 finished 13:21 | "Hello all, greetings from Brazil."
            Links:
              1. http://crimeday.net/
                 Phil Reichel 13:08: "Calendar: Crime Day calendar (http://crimeday.net/?utm_source=teams)"
                 Ian Tennant 13:14: "It is at http://crimeday.net"
              2. https://www.crimealliance.org/what-we-do/hlpf2021
                 Anna Alvarez 13:11: "Briefing on the HLPF side event; the report is at https://www.crimealliance.org/what-we-do/hlpf2021."
            Notes:
              1. Note | item 1 Updates from the Alliance | Welcome to the two new member organisations | by Tobias Keller 13:06
              2. Decision | item 4 Nominations for Board positions | Nominations are open until 30 Sep; the Board reviews them in October | by Tobias Keller 13:31
              3. Action | item 4 Nominations for Board positions | circulate the call for nominations | owner Tobias Keller (29:tobias) | due 2027-09-15 | by Anna Alvarez 13:32

            """, RecordSnapshot.Render(meeting, record));
    }

    private void At(int hour, int minute) => _time.SetUtcNow(new DateTimeOffset(2027, 8, 31, hour, minute, 0, TimeSpan.Zero));

    private Task<IReadOnlyList<string>> Say(Member who, string text, params Member[] mentions) =>
        PostAsync(_chat.ChannelActivity(who, text, ChannelA, TeamA, mentions));

    private Task<IReadOnlyList<string>> Chat(Member who, string html) =>
        PostAsync(MeetingActivities.Unaddressed(_channel.ServiceUrl, who, html, Thread, TeamA));

    /// <summary>Posts an activity and returns every message the bot posted because of it (replies and posts to the conversation).</summary>
    private async Task<IReadOnlyList<string>> PostAsync(Activity activity)
    {
        var before = _channel.Messages.Count;
        (await _bot.PostActivityAsync(activity)).EnsureSuccessStatusCode();
        await _bot.WhenIdleAsync();
        return _channel.Messages.Skip(before).Select(ChatDriver.Text).ToList();
    }
}

using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MeetingBot.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.Minutes;

/// <summary>
/// The minutes through /api/messages on real Kestrel and SQLite: who may ask, the draft with its signed downloads,
/// editing by dialog, approval freezing a version, and links that refuse a changed id or an expired time.
/// </summary>
public sealed class MinutesFlowTests : IAsyncLifetime
{
    private readonly ShiftedClock _clock = new(DateTimeOffset.UtcNow);
    private FakeChannelServer _channel = null!;
    private BotHost _bot = null!;
    private ChatDriver _chat = null!;
    private readonly HttpClient _browser = new();

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _bot = await BotHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(_clock));
        _chat = new ChatDriver(_bot, _channel);
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_member_asking_for_minutes_is_refused_and_the_secretary_gets_a_draft_with_downloads()
    {
        await ShortMeeting.HoldAsync(_chat);

        var refused = await _chat.SayAsync(Phil, "minutes");
        var before = _channel.Messages.Count;
        var draft = await _chat.SayAsync(Tobias, "minutes");

        Assert.StartsWith("Only the secretary or the chair can use \"minutes\"", Assert.Single(refused));
        Assert.Contains("Version 1, draft", Assert.Single(draft));
        var markdownUrl = Assert.Single(ReplyLinks.Find(_channel, "Download Markdown", before));
        var wordUrl = Assert.Single(ReplyLinks.Find(_channel, "Download Word", before));
        Assert.StartsWith(_bot.BaseUrl + "/files/", markdownUrl);

        var markdown = await _browser.GetStringAsync(markdownUrl);
        Assert.Contains("Ad-hoc meeting", markdown);
        Assert.Contains("Phil Reichel", markdown);
        Assert.Contains("https://example.org/report-2027", markdown);
        Assert.Contains("https://example.net/campaign", markdown);
        Assert.DoesNotContain("utm_source", markdown);
        Assert.Contains("UN processes hub", markdown);

        var word = await _browser.GetAsync(wordUrl);
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await word.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains("Phil Reichel", document.MainDocumentPart!.Document.Body!.InnerText);
    }

    [Fact]
    public async Task A_download_link_with_a_changed_id_or_past_its_time_is_refused()
    {
        await ShortMeeting.HoldAsync(_chat);
        await _chat.SayAsync(Tobias, "minutes");
        var url = ReplyLinks.Last(_channel, "Download Markdown");
        var token = url[(url.LastIndexOf('/') + 1)..];

        // Change one character of the signed part (the meeting id, the version, the kind or the time).
        foreach (var position in new[] { 0, 5, 20, 30, token.Length - 1 })
        {
            var changed = token[..position] + (token[position] == 'A' ? 'B' : 'A') + token[(position + 1)..];
            var response = await _browser.GetAsync(url[..(url.LastIndexOf('/') + 1)] + changed);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _browser.GetAsync(_bot.BaseUrl + "/files/not-a-token")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _browser.GetAsync(url)).StatusCode);

        _clock.Set(DateTimeOffset.UtcNow.AddHours(9));
        var expired = await _browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("expired", await expired.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_secretary_edits_a_section_by_dialog_then_approves_and_a_later_edit_starts_version_two()
    {
        await ShortMeeting.HoldAsync(_chat);
        await _chat.SayAsync(Tobias, "minutes");

        var asked = await _chat.SayAsync(Tobias, "minutes edit");
        var sectionNumber = SectionNumber(Assert.Single(asked), "Any other business");
        var mode = await _chat.SayAsync(Tobias, sectionNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var text = await _chat.SayAsync(Tobias, "Append to it");
        var before = _channel.Messages.Count;
        var saved = await _chat.SayAsync(Tobias, "Jay reminded everyone of the side event on 28 July.");

        Assert.Contains("Replace the text of \"Any other business\", or append to it?", Assert.Single(mode));
        Assert.Contains("Send the text to add", Assert.Single(text));
        Assert.Contains("Done: \"Any other business\" extended.", saved[0]);
        var markdown = await _browser.GetStringAsync(Assert.Single(ReplyLinks.Find(_channel, "Download Markdown", before)));
        Assert.Contains("side event on 28 July", markdown);

        // Regenerating after more notes keeps the edit.
        await _chat.SayAsync(Anna, "note A late note after the meeting.");
        before = _channel.Messages.Count;
        await _chat.SayAsync(Tobias, "minutes");
        var regenerated = await _browser.GetStringAsync(Assert.Single(ReplyLinks.Find(_channel, "Download Markdown", before)));
        Assert.Contains("side event on 28 July", regenerated);

        var approved = await _chat.SayAsync(Anna, "minutes approve");
        Assert.Contains("Version 1 of the minutes of the Ad-hoc meeting is approved and frozen", approved[0]);
        var frozenUrl = ReplyLinks.Last(_channel, "Download Markdown");
        var frozen = await _browser.GetStringAsync(frozenUrl);

        await _chat.SayAsync(Tobias, "minutes edit");
        await _chat.SayAsync(Tobias, "1");
        await _chat.SayAsync(Tobias, "Replace its text");
        before = _channel.Messages.Count;
        await _chat.SayAsync(Tobias, "A corrected first section.");
        var versionTwo = await _browser.GetStringAsync(Assert.Single(ReplyLinks.Find(_channel, "Download Markdown", before)));

        Assert.Contains("A corrected first section", versionTwo);
        Assert.Equal(frozen, await _browser.GetStringAsync(frozenUrl));
        Assert.DoesNotContain("A corrected first section", frozen);
        Assert.Contains("Version 2, draft", Assert.Single(await _chat.SayAsync(Tobias, "minutes download")));
    }

    [Fact]
    public async Task Approving_a_draft_the_record_has_outgrown_shows_the_new_draft_first()
    {
        await ShortMeeting.HoldAsync(_chat);
        await _chat.SayAsync(Tobias, "minutes");
        // Links shared just after the end still belong to the meeting (InMeeting:LinkWindowAfter).
        await _chat.SayAsync(Maria, "the slides, shared late: https://example.org/late-slides");

        var first = await _chat.SayAsync(Tobias, "minutes approve");
        var shown = await _browser.GetStringAsync(ReplyLinks.Last(_channel, "Download Markdown"));
        var second = await _chat.SayAsync(Tobias, "minutes approve");

        Assert.StartsWith("The meeting's record has changed since this draft was made", first[0]);
        Assert.Contains("https://example.org/late-slides", shown);
        Assert.Contains("Version 1 of the minutes of the Ad-hoc meeting is approved and frozen", second[0]);
    }

    [Fact]
    public async Task A_link_shared_just_before_the_next_meeting_does_not_turn_the_minutes_to_that_meeting()
    {
        await ShortMeeting.HoldAsync(_chat);
        // Half an hour later (past the ended meeting's link window), the next meeting is ten minutes away.
        _clock.Set(DateTimeOffset.UtcNow.AddMinutes(30));
        var vienna = TimeZoneInfo.FindSystemTimeZoneById("Europe/Vienna");
        var soon = TimeZoneInfo.ConvertTime(_clock.GetUtcNow().AddMinutes(10), vienna);
        await _chat.SayAsync(Anna, $"schedule {soon:d MMM yyyy HH:mm} Europe/Vienna");
        await _chat.SayAsync(Anna, "Informal Meeting of the Alliance");
        Assert.StartsWith("Scheduled the **8th", Assert.Single(await _chat.SayAsync(Anna, "8")));
        await _chat.SayAsync(Phil, "the agenda paper for today: https://example.org/agenda-paper");

        var draft = await _chat.SayAsync(Tobias, "minutes");

        Assert.StartsWith("Minutes of the Ad-hoc meeting", Assert.Single(draft));
    }

    [Fact]
    public async Task Help_lists_the_minutes_commands_under_their_heading_for_the_secretary_only()
    {
        await _chat.SayAsync(Anna, $"role @{Tobias.Name} secretary", mentions: Tobias);

        var secretary = Assert.Single(await _chat.SayAsync(Tobias, "help"));
        var member = Assert.Single(await _chat.SayAsync(Phil, "help"));

        var minutes = secretary[secretary.IndexOf("**Minutes and calendar**", StringComparison.Ordinal)..];
        Assert.Contains("- **minutes | minutes approve | minutes redraft**", minutes);
        Assert.Contains("- **minutes edit**", minutes);
        Assert.Contains("- **import chat", minutes);
        Assert.True(secretary.IndexOf("**Meetings and agenda**", StringComparison.Ordinal) < secretary.IndexOf("**Minutes and calendar**", StringComparison.Ordinal));
        Assert.DoesNotContain("minutes edit", member);
        Assert.Contains("- **calendar**", member);
    }

    [Fact]
    public async Task Minutes_in_a_one_to_one_chat_and_before_any_meeting_get_a_sentence_saying_what_to_do()
    {
        await _chat.SayAsync(Anna, $"role @{Tobias.Name} secretary", mentions: Tobias);

        var none = await _chat.SayAsync(Tobias, "minutes");
        var privately = await _chat.SayPrivatelyAsync(Tobias, "minutes");

        Assert.StartsWith("No meeting has been held here yet", Assert.Single(none));
        Assert.Contains("roles count in a team's channel or a meeting's chat: ask there", Assert.Single(privately));
    }

    /// <summary>The number of the choice "N. heading" in a choice prompt's text (or its card), 1-based.</summary>
    private static int SectionNumber(string prompt, string heading)
    {
        var lines = prompt.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('-', '*', ' ');
            var dot = line.IndexOf(". ", StringComparison.Ordinal);
            if (dot > 0 && int.TryParse(line[..dot], out var n) && line[(dot + 2)..].Trim() == heading) return n;
        }

        throw new InvalidOperationException($"No choice \"{heading}\" in: {prompt}");
    }
}

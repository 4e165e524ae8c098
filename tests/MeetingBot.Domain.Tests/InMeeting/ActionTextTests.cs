using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Time;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Domain.Tests.InMeeting;

public sealed class ActionTextTests
{
    private readonly WhenReader _reader = new(new FakeTimeProvider(new DateTimeOffset(2027, 8, 31, 13, 30, 0, TimeSpan.Zero)));
    private static readonly Person Tobias = new("29:tobias", "Tobias Keller");

    [Theory]
    [InlineData("@Tobias Keller circulate the HLPF briefing by 15 Sep", "circulate the HLPF briefing", "Tobias Keller", "2027-09-15")]
    [InlineData("circulate the briefing by email @Tobias Keller", "circulate the briefing by email", "Tobias Keller", null)]
    [InlineData("@Tobias Keller: draft the by-laws, due 1 Oct 2027", "draft the by-laws", "Tobias Keller", "2027-10-01")]
    [InlineData("book the room by Friday", "book the room", null, "2027-09-03")]
    [InlineData("ask UNODC about the side event", "ask UNODC about the side event", null, null)]
    public void An_action_has_its_owner_and_due_date_taken_out_of_the_text(string text, string what, string? owner, string? due)
    {
        var action = ActionText.Read(text, [Tobias], _reader, "Europe/Vienna");

        Assert.Equal(what, action.Text);
        Assert.Equal(owner, action.Owner?.Name);
        Assert.Equal(due, action.DueDate?.ToString("yyyy-MM-dd"));
    }
}

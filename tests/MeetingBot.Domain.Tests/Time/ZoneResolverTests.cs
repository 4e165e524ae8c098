using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.Tests.Time;

public sealed class ZoneResolverTests
{
    [Theory]
    [InlineData("Europe/Vienna", "Europe/Vienna", false)]
    [InlineData("europe/vienna", "Europe/Vienna", false)]
    [InlineData("AMERICA/NEW_YORK", "America/New_York", false)]
    [InlineData("W. Europe Standard Time", "Europe/Berlin", false)]
    [InlineData("Eastern Standard Time", "America/New_York", false)]
    [InlineData("Asia/Tokyo", "Asia/Tokyo", false)]
    [InlineData("UTC", "UTC", true)]
    [InlineData("GMT", "UTC", true)]
    [InlineData("UTC+2", "UTC+02:00", true)]
    [InlineData("GMT-5", "UTC-05:00", true)]
    [InlineData("UTC+05:30", "UTC+05:30", true)]
    [InlineData("utc-0330", "UTC-03:30", true)]
    public void Resolves_iana_windows_and_offset_ids_to_a_stored_id(string input, string id, bool isFixed)
    {
        Assert.True(ZoneResolver.TryResolve(input, out var zone, out var problem), problem);
        Assert.Equal(id, zone.Id);
        Assert.Equal(isFixed, zone.IsFixedOffset);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("../../etc/passwd")]
    [InlineData("UTC+15")]
    [InlineData("UTC+2:75")]
    public void Refuses_what_is_not_a_zone_with_a_sentence(string? input)
    {
        Assert.False(ZoneResolver.TryResolve(input, out var zone, out var problem));
        Assert.Null(zone);
        Assert.EndsWith(".", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_throws_a_zone_not_found_error_naming_the_id()
    {
        var error = Assert.Throws<TimeZoneNotFoundException>(() => ZoneResolver.Resolve("Mars/Olympus"));

        Assert.Equal(
            "I don't know the time zone \"Mars/Olympus\". Use a name like Europe/Vienna or America/New_York, "
            + "or an offset like UTC+2.",
            error.Message);
    }

    [Fact]
    public void A_fixed_offset_zone_never_changes_offset()
    {
        var zone = ZoneResolver.FixedOffset(TimeSpan.FromHours(2)).Zone;

        Assert.Equal(TimeSpan.FromHours(2), zone.GetUtcOffset(new DateTime(2027, 1, 15, 12, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(2), zone.GetUtcOffset(new DateTime(2027, 8, 15, 12, 0, 0, DateTimeKind.Utc)));
    }
}

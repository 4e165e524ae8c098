using System.Globalization;
using MeetingBot.Domain.Time;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Domain.Tests.Time;

/// <summary>
/// The fixed "now" every time test runs at: Wednesday 10 March 2027, 09:00 UTC (10:00 in Vienna, 04:00 in New York).
/// Both 2027 daylight-saving changes of Europe and the US lie ahead of it.
/// </summary>
internal static class TestClock
{
    public const string Vienna = "Europe/Vienna";

    public static readonly DateTimeOffset Now = new(2027, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public static WhenReader Reader() => new(new FakeTimeProvider(Now));

    /// <summary>"2027-08-31T13:30Z" as an instant.</summary>
    public static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}

using System.Text;
using MeetingBot.Conversations.Commands;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.People;
using MeetingBot.Domain.Time;

namespace MeetingBot.Conversations.Features.Meetings;

/// <summary>
/// "series" shows how this conversation's meetings are set up; "series repeat …", "series title …",
/// "series zone …", "series standing a; b; c", "series deadline 2", "series ahead 2" change it.
/// </summary>
public sealed class SeriesCommand(IMeetingStore store, SeriesPlanner planner, TimeProvider time) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["series"];
    public string Usage => "series [repeat <rule> | repeat off | title <name> | zone <zone> | location <place> | standing <a; b; …> | deadline <days> | ahead <n>]";
    public string Description => "Shows or changes how meetings here repeat, their name, zone, standing items and agenda deadline.";
    public Permission Permission => Permission.ManageMeetings;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var series = await store.FindSeriesAsync(context.Turn.Conversation.Key, cancellationToken);
        if (series is null)
        {
            context.Reply("There is no series here yet: schedule the first meeting (schedule 31 Aug 15:30-17:00 on Webex) and I will set one up.");
            return;
        }
        var parts = context.Arguments.Split(' ', 2, StringSplitOptions.TrimEntries);
        var value = parts.Length > 1 ? parts[1] : "";
        var now = time.GetUtcNow();
        DomainResult result;
        switch (parts[0].ToLowerInvariant())
        {
            case "":
                context.Reply(Describe(series));
                return;
            case "repeat":
            case "recur":
                result = series.SetRecurrence(value.Equals("off", StringComparison.OrdinalIgnoreCase) ? null : value, now);
                break;
            case "title":
                var title = AgendaTitle.Normalize(value, out var problem);
                result = problem is null ? Set(() => series.Title = title, $"These meetings are now called {title}.") : DomainResult.Fail(problem);
                break;
            case "zone":
                result = ZoneResolver.TryResolve(value, out var zone, out var zoneProblem) && !zone.IsFixedOffset
                    ? Set(() => series.TimeZoneId = zone.Id, $"New meetings here are in {zone.Id}.")
                    : DomainResult.Fail(zoneProblem.Length > 0 ? zoneProblem : "Give a zone by city, e.g. Europe/Vienna.");
                break;
            case "location":
                result = Set(() => series.DefaultLocation = value.Length == 0 ? null : PlainText.Clean(value), value.Length == 0 ? "No default place now." : $"Meetings here are on {PlainText.Clean(value)} unless said otherwise.");
                break;
            case "standing":
                result = series.SetStandingItems(value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                break;
            case "deadline" when int.TryParse(value, out var days) && days is >= 0 and <= 30:
                result = Set(() => series.AgendaDeadlineDays = days, $"Agenda items are on time until {days} day(s) before each new meeting.");
                break;
            case "ahead" when int.TryParse(value, out var ahead) && ahead is >= 1 and <= 12:
                result = Set(() => series.MeetingsAhead = ahead, $"I keep {ahead} meeting(s) scheduled ahead.");
                break;
            default:
                context.Reply($"I did not understand that. Use: {Usage}");
                return;
        }
        if (!result.Succeeded)
        {
            context.Reply(result.Message);
            return;
        }
        await store.SaveSeriesAsync(series, cancellationToken);
        var created = await planner.EnsureUpcomingAsync(series.Id, cancellationToken);
        context.Reply(result.Message + (created.Count == 0 ? "" : $"\nScheduled: {string.Join("; ", created.Select(m => $"{m.DisplayTitle}, {m.WhenText(null)}"))}."));
    }

    private static DomainResult Set(Action change, string message)
    {
        change();
        return DomainResult.Ok(message);
    }

    private static string Describe(MeetingSeries series)
    {
        var text = new StringBuilder($"**{series.Title}** (last number {series.LastNumber})\n");
        text.Append("- Repeats: ").Append(series.RecurrenceText ?? "no (schedule each meeting)").Append('\n');
        text.Append("- Time zone: ").Append(series.TimeZoneId).Append('\n');
        text.Append("- Usual place: ").Append(series.DefaultLocation ?? "not set").Append('\n');
        text.Append("- Standing items: ").Append(series.StandingItems.Count == 0 ? "none" : string.Join(", ", series.StandingItems)).Append('\n');
        text.Append("- Agenda deadline: ").Append(series.AgendaDeadlineDays).Append(" day(s) before\n");
        text.Append("- Meetings kept ahead: ").Append(series.MeetingsAhead);
        return text.ToString();
    }
}

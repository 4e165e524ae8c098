using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Infrastructure.Scheduling.Minutes;

/// <summary>How sending approved minutes through Microsoft Graph is retried (section "MinutesDelivery").</summary>
public sealed class MinutesDeliveryOptions : IValidatableObject
{
    public const string Section = "MinutesDelivery";

    /// <summary>Waits before each new attempt after a failure; the number of entries is the number of retries.</summary>
    public List<TimeSpan> RetryDelays { get; set; } = [];

    /// <summary>The delays used when none are configured: 1 min, 5 min, 30 min, 2 h, 6 h.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(6)];

    public IReadOnlyList<TimeSpan> Delays => RetryDelays.Count > 0 ? RetryDelays : DefaultRetryDelays;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetryDelays.Any(d => d < TimeSpan.Zero) || RetryDelays.Count > 20)
        {
            yield return new ValidationResult("MinutesDelivery:RetryDelays must be at most 20 non-negative times such as 00:05:00.");
        }
    }
}

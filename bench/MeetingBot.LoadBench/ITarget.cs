namespace MeetingBot.LoadBench;

/// <summary>Something with a <c>POST /api/messages</c> that replies through the sink.</summary>
public interface ITarget : IAsyncDisposable
{
    string Name { get; }
    string BaseUrl { get; }
}

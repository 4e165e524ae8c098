using BenchmarkDotNet.Attributes;
using MeetingBot.Documents.Minutes;
using MeetingBot.Domain.Minutes;

namespace MeetingBot.MinutesBench;

/// <summary>
/// Drafting the minutes of <see cref="LargeMeeting"/>: composing the document, and composing plus writing it as
/// Markdown and as Word. Aim on a developer machine: Markdown under 50 ms, Word under 300 ms.
/// </summary>
[MemoryDiagnoser]
public class MinutesBenchmarks
{
    private readonly MinutesInput input = LargeMeeting.Create();

    [Benchmark]
    public MinutesDocument Compose() => MinutesComposer.Compose(input);

    [Benchmark]
    public string Markdown() => MarkdownMinutesWriter.Write(MinutesComposer.Compose(input));

    [Benchmark]
    public byte[] Word() => WordMinutesWriter.Write(MinutesComposer.Compose(input));
}

using BenchmarkDotNet.Running;
using MeetingBot.MinutesBench;

// dotnet run -c Release --project bench/MeetingBot.MinutesBench -- --filter '*'
// Quicker, less precise: add --job short. Sizes of the generated meeting: see LargeMeeting.
BenchmarkSwitcher.FromAssembly(typeof(MinutesBenchmarks).Assembly).Run(args);

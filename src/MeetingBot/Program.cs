using MeetingBot.Hosting;

await MeetingBotApp.Create(args).RunAsync();

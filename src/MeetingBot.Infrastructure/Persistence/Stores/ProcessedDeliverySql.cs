using MeetingBot.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>
/// The claim of a delivery key as one SQL statement, <c>INSERT … ON CONFLICT DO NOTHING</c> (SQLite and PostgreSQL
/// both speak it): one row affected means claimed, none means a repeat. Raw SQL because EF Core has no such insert,
/// and the change tracker would turn a repeat into an exception. Names and the time's stored form come from the EF
/// model, so the statement follows the mapping.
/// </summary>
internal sealed class ProcessedDeliverySql
{
    /// <summary>Longest delivery key stored; longer keys are clipped (the column's length).</summary>
    public const int MaxKeyLength = 500;

    private readonly string _table;
    private readonly string _channelColumn;
    private readonly string _keyColumn;
    private readonly string _receivedColumn;
    private readonly Func<DateTimeOffset, object> _receivedToProvider;

    private ProcessedDeliverySql(MeetingBotDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(ProcessedDeliveryRecord))
            ?? throw new InvalidOperationException("The model has no processed deliveries.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);

        _table = sql.DelimitIdentifier(table.Name, table.Schema);
        _channelColumn = Column(nameof(ProcessedDeliveryRecord.ChannelId));
        _keyColumn = Column(nameof(ProcessedDeliveryRecord.DeliveryKey));
        _receivedColumn = Column(nameof(ProcessedDeliveryRecord.ReceivedAt));
        // SQLite stores DateTimeOffset through a converter (see SqliteMeetingBotDbContext); PostgreSQL stores it as is.
        var converter = entity.FindProperty(nameof(ProcessedDeliveryRecord.ReceivedAt))!.GetTypeMapping().Converter;
        _receivedToProvider = converter is null ? value => value : value => converter.ConvertToProvider(value)!;
    }

    public static ProcessedDeliverySql For(MeetingBotDbContext db) => new(db);

    /// <summary>The insert, with the given parameter placeholders for channel, key and time.</summary>
    public string Insert(string channel, string key, string receivedAt) =>
        $"INSERT INTO {_table} ({_channelColumn}, {_keyColumn}, {_receivedColumn}) VALUES ({channel}, {key}, {receivedAt}) ON CONFLICT DO NOTHING";

    /// <summary>The time as the column stores it.</summary>
    public object ReceivedAt(DateTimeOffset value) => _receivedToProvider(value);

    public static string Clip(string deliveryKey) => deliveryKey.Length <= MaxKeyLength ? deliveryKey : deliveryKey[..MaxKeyLength];
}

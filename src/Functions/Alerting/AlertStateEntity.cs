using Azure.Data.Tables;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Platform.State;

namespace Sentinel.Functions.Alerting;

/// <summary>Maps <see cref="AlertState"/> onto one <c>alertstates</c> row: PartitionKey = rule id, RowKey = subject key.</summary>
internal static class AlertStateEntity
{
    public static TableEntity ToEntity(AlertState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var entity = new TableEntity(state.RuleId, state.SubjectKey)
        {
            ["Status"] = state.Status.ToString(),
            ["ConsecutiveBreaches"] = state.ConsecutiveBreaches,
            ["NotificationSequence"] = state.NotificationSequence,
            ["ChangedAt"] = state.ChangedAt,
            ["Version"] = state.Version,
        };
        Set(entity, "PendingSince", state.PendingSince);
        Set(entity, "FiredAt", state.FiredAt);
        Set(entity, "LastNotifiedAt", state.LastNotifiedAt);
        Set(entity, "AcknowledgedAt", state.AcknowledgedAt);
        Set(entity, "ResolvedAt", state.ResolvedAt);
        if (state.AcknowledgedBy is not null)
        {
            entity["AcknowledgedBy"] = state.AcknowledgedBy;
        }

        if (state.LastValue is { } value)
        {
            entity["LastValue"] = TableDecimals.Stored(value);
        }

        return entity;
    }

    public static AlertState ToState(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new AlertState(
            entity.PartitionKey,
            entity.RowKey,
            Enum.Parse<AlertStatus>(entity.GetString("Status") ?? nameof(AlertStatus.Ok)),
            entity.GetInt32("ConsecutiveBreaches") ?? 0,
            entity.GetDateTimeOffset("PendingSince"),
            entity.GetDateTimeOffset("FiredAt"),
            entity.GetDateTimeOffset("LastNotifiedAt"),
            entity.GetInt32("NotificationSequence") ?? 0,
            entity.GetDateTimeOffset("AcknowledgedAt"),
            entity.GetString("AcknowledgedBy"),
            entity.GetDateTimeOffset("ResolvedAt"),
            entity.GetDecimal("LastValue"),
            entity.GetDateTimeOffset("ChangedAt") ?? DateTimeOffset.MinValue,
            entity.GetInt64("Version") ?? 0);
    }

    private static void Set(TableEntity entity, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            entity[name] = time;
        }
    }
}

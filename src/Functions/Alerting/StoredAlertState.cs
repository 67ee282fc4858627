using Azure;
using Sentinel.Core.Alerts;

namespace Sentinel.Functions.Alerting;

/// <summary>An alert state as read from the table, with the ETag a conditional write must match.</summary>
public sealed record StoredAlertState(AlertState State, ETag ETag);

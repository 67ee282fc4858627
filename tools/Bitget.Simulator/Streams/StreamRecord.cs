namespace Bitget.Simulator.Streams;

/// <summary>One private row the simulator pushed: which account, channel and item (order id or symbol/side), in what state.</summary>
public sealed record StreamRecord(string ApiKey, StreamApi Api, string Channel, string Item, string State, DateTimeOffset Time);

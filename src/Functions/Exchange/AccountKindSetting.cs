namespace Sentinel.Functions.Exchange;

/// <summary><c>Bitget__AccountKind</c>: a fixed kind, or <see cref="Auto"/> to ask the exchange which kind the key belongs to.</summary>
public enum AccountKindSetting
{
    Auto,
    Classic,
    Unified,
}

using Azure.Data.Tables;

namespace Sentinel.Functions.Platform.State;

/// <summary>Row building helpers shared by the stores.</summary>
internal static class TableRows
{
    /// <summary>Removes null-valued properties, so an absent value is stored as an absent property (reads give null either way).</summary>
    public static TableEntity WithoutNulls(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        foreach (var name in entity.Keys.Where(name => entity[name] is null).ToList())
        {
            entity.Remove(name);
        }

        return entity;
    }
}

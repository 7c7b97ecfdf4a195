namespace ResourceHub.Bench;

/// <summary>A copy of a size's SQLite file under the temporary folder, for a run that writes; removed, with its WAL files, when disposed.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    public TemporaryDatabase(BenchSize size, string purpose)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"resourcehub-{purpose}-{size}-{Environment.ProcessId}.db");
        File.Copy(size.DatabasePath, Path, overwrite: true);
    }

    public string Path { get; }

    /// <summary>The connection string the hub's store opens it with.</summary>
    public string Connection => $"Data Source={Path};Pooling=True";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" }) File.Delete(file);
    }
}

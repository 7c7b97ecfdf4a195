using System.Text.Json;

namespace ResourceHub.Bench;

/// <summary>Where the runs leave their numbers (bench/.data/results) and how they are written: one JSON file each.</summary>
internal static class Results
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Directory => Path.Combine(BenchSize.DataRoot, "results");

    /// <summary>When the newest result file matching <paramref name="pattern"/> was written (UTC), or "not run".</summary>
    public static string WrittenAt(string pattern)
    {
        var files = System.IO.Directory.Exists(Directory) ? System.IO.Directory.GetFiles(Directory, pattern) : [];
        return files.Length == 0 ? "not run" : files.Max(File.GetLastWriteTimeUtc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static void Write<T>(string name, T value)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, name), JsonSerializer.Serialize(value, Json));
    }

    public static T? Read<T>(string name) where T : class
    {
        var path = Path.Combine(Directory, name);
        return File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json) : null;
    }
}

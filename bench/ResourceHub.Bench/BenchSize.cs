using System.Globalization;

namespace ResourceHub.Bench;

/// <summary>A network size of the benchmark: its label, how many synthetic communities make it, and where its files are.</summary>
/// <param name="Label">10k, 100k or 1M (nodes, roughly).</param>
/// <param name="Communities">Communities given to <c>SyntheticNetwork.Generate</c>: about 52 nodes and 5 links per node each.</param>
internal sealed record BenchSize(string Label, int Communities)
{
    public static IReadOnlyList<BenchSize> All { get; } = [new("10k", 200), new("100k", 2_000), new("1M", 20_000)];

    /// <summary>Where the data lives: BENCH_DATA, else bench/.data under the working directory.</summary>
    public static string DataRoot => Environment.GetEnvironmentVariable("BENCH_DATA") is { Length: > 0 } root ? root : Path.GetFullPath(Path.Combine("bench", ".data"));

    /// <summary>The sizes named in BENCH_SIZES (comma-separated labels), else all, keeping only those whose database exists.</summary>
    public static IReadOnlyList<BenchSize> Selected()
    {
        var wanted = Environment.GetEnvironmentVariable("BENCH_SIZES") is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : All.Select(s => s.Label).ToArray();
        return All.Where(s => wanted.Contains(s.Label, StringComparer.OrdinalIgnoreCase) && File.Exists(s.DatabasePath)).ToList();
    }

    public static BenchSize Parse(string label) =>
        All.FirstOrDefault(s => string.Equals(s.Label, label, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown size '{label}': one of {string.Join(", ", All.Select(s => s.Label))}", nameof(label));

    /// <summary>The hub's data directory for this size (the hub's seed verb writes it).</summary>
    public string DataDirectory => Path.Combine(DataRoot, "s" + Communities.ToString(CultureInfo.InvariantCulture));

    public string DatabasePath => Path.Combine(DataDirectory, "resourcehub.db");

    /// <summary>The PostgreSQL schema holding this size's copy.</summary>
    public string PostgresSchema => "s" + Communities.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => Label;
}

namespace ResourceHub.Bench;

/// <summary>
/// The rounds of one HTTP case (bench/run.sh runs every case once per round, interleaved): the median round by
/// requests per second, and the case's share of the bare endpoint taken within each round, so a slow minute of the
/// machine falls on the case and its baseline alike.
/// </summary>
internal sealed record HttpRounds(string Name, IReadOnlyList<HttpResult> Rounds, IReadOnlyList<double> Shares)
{
    /// <summary>The round with the median throughput (the lower middle of an even count).</summary>
    public HttpResult Median => Rounds.OrderBy(r => r.Rps).ElementAt((Rounds.Count - 1) / 2);

    /// <summary>The median of the per-round shares of the bare endpoint, or null without a bare run.</summary>
    public double? MedianShare => Shares.Count == 0 ? null : Shares.Order().ElementAt((Shares.Count - 1) / 2);

    /// <summary>Reads every case's rounds (http-NAME-1.json, http-NAME-2.json, …) from the results folder.</summary>
    public static Dictionary<string, HttpRounds?> Read(IEnumerable<string> names)
    {
        var raw = names.ToDictionary(n => n, n => Enumerable.Range(1, 100).Select(r => Results.Read<HttpResult>($"http-{n}-{r}.json"))
            .TakeWhile(r => r is not null).OfType<HttpResult>().ToList());
        var bare = raw.GetValueOrDefault("bare") ?? [];
        return raw.ToDictionary(kv => kv.Key, kv => kv.Value.Count == 0 ? null : new HttpRounds(kv.Key, kv.Value,
            kv.Value.Zip(bare).Where(p => p.Second.Rps > 0).Select(p => p.First.Rps / p.Second.Rps).ToList()));
    }
}

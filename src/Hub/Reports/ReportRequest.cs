namespace ResourceHub.Hub.Reports;

/// <summary>What <c>report</c> was asked for: an area, a period, and where to write (a .pdf, a .html, or a folder of CSV tables).</summary>
internal sealed record ReportRequest(string AreaCode, DateOnly From, DateOnly To, string Out)
{
    public const string Usage = "report --area CODE [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out FILE.pdf|FILE.html|FOLDER";

    /// <summary>What the output is: a PDF, an HTML page, or CSV tables in a folder.</summary>
    public string Format => Path.GetExtension(Out).ToLowerInvariant() switch
    {
        ".pdf" => "pdf",
        ".html" or ".htm" => "html",
        _ => "csv",
    };

    /// <summary>Reads the verb's arguments; what it does not know is configuration. Without dates, the year to <paramref name="today"/>.</summary>
    public static (ReportRequest? Request, string? Error, string[] Config) Parse(string[] args, DateOnly today)
    {
        string? area = null, outPath = null;
        DateOnly? from = null, to = null;
        var config = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--area" or "--from" or "--to" or "--out" when value is null:
                    return (null, $"{args[i]} takes a value", []);
                case "--area":
                    if (value!.Length is not (6 or 9 or 12) || !value.All(char.IsAsciiDigit)) return (null, $"'{value}' is not a statistical code of 6, 9 or 12 digits", []);
                    area = value;
                    i++;
                    break;
                case "--from" or "--to":
                    if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", out var day)) return (null, $"{args[i]} '{value}' is not a day written YYYY-MM-DD", []);
                    if (args[i] == "--from") from = day;
                    else to = day;
                    i++;
                    break;
                case "--out":
                    outPath = value;
                    i++;
                    break;
                default:
                    config.Add(args[i]);
                    break;
            }
        }
        if (area is null) return (null, "report takes --area CODE (e.g. 430112)", []);
        if (outPath is null) return (null, "report takes --out FILE.pdf, FILE.html or a folder for CSV tables", []);
        var last = to ?? today;
        var first = from ?? new DateOnly(last.Year, 1, 1);
        if (first > last) return (null, $"--from ({first:yyyy-MM-dd}) is after --to ({last:yyyy-MM-dd})", []);
        return (new ReportRequest(area, first, last, outPath), null, [.. config]);
    }
}

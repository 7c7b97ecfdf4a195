namespace ResourceHub.Schema.Common;

/// <summary>A time window as a client wrote it: dates, and weekly hours as text still to be read.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="Weekly">Hours of the week, text like "Mon-Fri 09-12", or null for any hour.</param>
public sealed record TimeWindowInput(DateOnly? From, DateOnly? To, string? Weekly);

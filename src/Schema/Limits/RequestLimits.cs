using ResourceHub.Graph.Access;

namespace ResourceHub.Schema.Limits;

/// <summary>
/// What one request may consume (section <c>Hub:Limits</c>): the document's size and shape, checked before it is
/// parsed or validated; its cost, counted from what each field costs, against a budget of the caller's role; and its
/// time. Every refusal names the limit it hit in <c>extensions.code</c> (<see cref="HubErrorCodes"/>).
/// </summary>
public sealed class RequestLimits
{
    /// <summary>The longest document, in characters. Default 65,536.</summary>
    public int MaxDocumentLength { get; set; } = 65_536;

    /// <summary>The most lexical tokens a document may hold. Default 10,000.</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>The deepest nesting of fields, fragments followed. Default 15.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>The most aliases in a document. Default 100.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>The most directives in a document. Default 50.</summary>
    public int MaxDirectives { get; set; } = 50;

    /// <summary>The most fragment definitions and spreads in a document (each). Default 100.</summary>
    public int MaxFragments { get; set; } = 100;

    /// <summary>The most fields a document selects, fragments expanded where they are spread. Default 5,000.</summary>
    public int MaxFields { get; set; } = 5_000;

    /// <summary>How long a request may run, parsing and validation included; the work stops when the client leaves. Default 10 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The cost budget of an anonymous caller. Default 5,000.</summary>
    public int AnonymousBudget { get; set; } = 5_000;

    /// <summary>The cost budget of an app. Default 10,000.</summary>
    public int AppBudget { get; set; } = 10_000;

    /// <summary>The cost budget of a volunteer or an organization admin. Default 10,000.</summary>
    public int MemberBudget { get; set; } = 10_000;

    /// <summary>The cost budget of a social worker or an official: a full whoCanHelp(first: 100) fits. Default 50,000.</summary>
    public int StaffBudget { get; set; } = 50_000;

    /// <summary>The cost budget of an admin. Default 100,000.</summary>
    public int AdminBudget { get; set; } = 100_000;

    /// <summary>Answer introspection queries (__schema, __type). Default true; the hub turns it off in Production unless configured.</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>The budget of the caller's highest role.</summary>
    public int BudgetOf(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Has(Roles.Admin)) return AdminBudget;
        if (caller.Has(Roles.SocialWorker | Roles.Official)) return StaffBudget;
        if (caller.Has(Roles.Volunteer | Roles.OrgAdmin)) return MemberBudget;
        return caller.Has(Roles.App) ? AppBudget : AnonymousBudget;
    }

    /// <summary>A duration as messages give it: "1 ms", "10 s".</summary>
    public static string Describe(TimeSpan duration) => duration < TimeSpan.FromSeconds(1)
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0.###} ms")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.#} s");
}

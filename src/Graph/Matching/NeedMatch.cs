namespace ResourceHub.Graph.Matching;

/// <summary>An open need a helper could serve, with the helper's match for it.</summary>
/// <param name="Need">The need.</param>
/// <param name="Match">The helper's score, reach and path for this need.</param>
public sealed record NeedMatch(Model.Need Need, HelperMatch Match);

using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Export.Hsds;

/// <summary>An HSDS location: an organization's home (its own point, when it has one) or a venue (场地), with the organization it belongs to.</summary>
/// <param name="Id">Its HSDS id.</param>
/// <param name="Place">The organization or the venue, as the public sees it.</param>
/// <param name="Organization">The organization whose location it is (a venue's owner); null for a venue an area owns.</param>
public sealed record HsdsLocation(Guid Id, Node Place, Organization? Organization)
{
    /// <summary>The venue, when the location is one.</summary>
    public Resource? Venue => Place as Resource;

    /// <summary>When it last changed.</summary>
    public DateTimeOffset Modified => Place.UpdatedAt;
}

namespace ResourceHub.Graph.Export.Hsds;

/// <summary>An HSDS service_at_location: a service offered at one of its organization's locations.</summary>
/// <param name="Id">Its HSDS id.</param>
/// <param name="Service">The service.</param>
/// <param name="Location">The location.</param>
public sealed record HsdsServiceAtLocation(Guid Id, HsdsService Service, HsdsLocation Location)
{
    /// <summary>When it last changed: the later of the service and the location.</summary>
    public DateTimeOffset Modified => Service.Modified > Location.Modified ? Service.Modified : Location.Modified;
}

namespace ResourceHub.Hub.Endpoints;

/// <summary>
/// The support network map a browser gets at GET /map: an area and a period, the geographic and the network view, a
/// node's details. Built from npm packages (cytoscape.js) by web/map; it reads everything from /graphql, as the caller
/// its identity makes it.
/// </summary>
internal sealed class MapPage() : EmbeddedPage("ResourceHub.Hub.Map", AssetPath, "web/map")
{
    /// <summary>The page's path.</summary>
    public const string Path = "/map";

    /// <summary>Where the page's script and style are served; web/map/build.mjs links them here.</summary>
    public const string AssetPath = "/map/assets";
}

namespace ResourceHub.Graph.Export;

/// <summary>The formats an area's network is exported in.</summary>
public enum ExportFormat
{
    /// <summary>One JSON document: a table of each kind and the links (application/json).</summary>
    Json = 1,
    /// <summary>One CSV table per kind and one of the links, UTF-8 with a BOM for Excel (text/csv; several tables as a ZIP).</summary>
    Csv = 2,
    /// <summary>GraphML with typed keys, for Gephi and Cytoscape (application/graphml+xml).</summary>
    GraphML = 3,
    /// <summary>GeoJSON: the nodes that have a place as points, the links between them as lines (application/geo+json).</summary>
    GeoJson = 4,
    /// <summary>The directory as Open Referral HSDS 3.0 JSON: organizations, services, locations, service_at_locations, taxonomies and terms.</summary>
    Hsds = 5,

    /// <summary>Bulk-import CSV files for neo4j-import and neo4j-admin, in a ZIP archive (<see cref="Neo4jExportWriter"/>).</summary>
    Neo4jCsv = 6,

    /// <summary>A Cypher script of constraints and batched creates (<see cref="Neo4jExportWriter"/>).</summary>
    Cypher = 7,
}

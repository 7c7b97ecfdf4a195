using Microsoft.EntityFrameworkCore;

namespace ResourceHub.Graph.Persistence;

/// <summary>The network's tables on PostgreSQL: the same model, with migrations of its own (Persistence/Migrations/Postgres).</summary>
public sealed class PostgresNetworkDbContext(DbContextOptions<PostgresNetworkDbContext> options) : NetworkDbContext(options);

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ResourceHub.Graph.Persistence;

/// <summary>Lets <c>dotnet ef migrations add --context PostgresNetworkDbContext</c> build the context without a server.</summary>
public sealed class DesignTimePostgresNetworkDbContextFactory : IDesignTimeDbContextFactory<PostgresNetworkDbContext>
{
    /// <inheritdoc />
    public PostgresNetworkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNetworkDbContext>().UseNpgsql("Host=localhost;Database=resourcehub").Options);
}

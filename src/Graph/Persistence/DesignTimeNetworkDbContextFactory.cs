using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ResourceHub.Graph.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the host.</summary>
public sealed class DesignTimeNetworkDbContextFactory : IDesignTimeDbContextFactory<NetworkDbContext>
{
    /// <inheritdoc />
    public NetworkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NetworkDbContext>().UseSqlite("Data Source=design.db").Options);
}

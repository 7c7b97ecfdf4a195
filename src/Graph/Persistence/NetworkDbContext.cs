using Microsoft.EntityFrameworkCore;

namespace ResourceHub.Graph.Persistence;

/// <summary>
/// The network's tables. Only the stores, the audit log and the webhook deliveries use it; resolvers read the index.
/// Its migrations are SQLite's; <see cref="PostgresNetworkDbContext"/> is the same model with PostgreSQL's.
/// </summary>
public class NetworkDbContext : DbContext
{
    /// <summary>A context on SQLite (its migrations are this type's).</summary>
    public NetworkDbContext(DbContextOptions<NetworkDbContext> options)
        : base(options)
    {
    }

    /// <summary>A context of a derived type, which has migrations of its own.</summary>
    protected NetworkDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Nodes.</summary>
    public DbSet<NodeRow> Nodes => Set<NodeRow>();

    /// <summary>Links.</summary>
    public DbSet<LinkRow> Links => Set<LinkRow>();

    /// <summary>The change log.</summary>
    public DbSet<ChangeLogRow> ChangeLog => Set<ChangeLogRow>();

    /// <summary>Idempotency keys of committed client mutations.</summary>
    public DbSet<ClientMutationRow> ClientMutations => Set<ClientMutationRow>();

    /// <summary>The append-only audit log of personal data.</summary>
    public DbSet<AuditRow> AuditLog => Set<AuditRow>();

    /// <summary>Id counters.</summary>
    public DbSet<CounterRow> Counters => Set<CounterRow>();

    /// <summary>Deliveries to webhooks, with their outcome.</summary>
    public DbSet<WebhookDeliveryRow> WebhookDeliveries => Set<WebhookDeliveryRow>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<NodeRow>(e =>
        {
            e.ToTable("nodes");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            e.Property(x => x.Kind).HasColumnName("kind");
            e.Property(x => x.Version).HasColumnName("version");
            e.Property(x => x.Name).HasColumnName("name").HasMaxLength(200);
            e.Property(x => x.Data).HasColumnName("data");
            e.Property(x => x.CreatedAt).HasColumnName("created_at");
            e.Property(x => x.UpdatedAt).HasColumnName("updated_at");
            e.HasIndex(x => x.Kind).HasDatabaseName("ix_nodes_kind");
        });
        modelBuilder.Entity<LinkRow>(e =>
        {
            e.ToTable("links");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            e.Property(x => x.Type).HasColumnName("type");
            e.Property(x => x.FromId).HasColumnName("from_id");
            e.Property(x => x.ToId).HasColumnName("to_id");
            e.Property(x => x.Version).HasColumnName("version");
            e.Property(x => x.Data).HasColumnName("data");
            e.HasIndex(x => new { x.FromId, x.Type, x.ToId }).IsUnique().HasDatabaseName("ux_links_from_type_to");
            e.HasIndex(x => new { x.ToId, x.Type }).HasDatabaseName("ix_links_to_type");
            e.HasOne<NodeRow>().WithMany().HasForeignKey(x => x.FromId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<NodeRow>().WithMany().HasForeignKey(x => x.ToId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ChangeLogRow>(e =>
        {
            e.ToTable("change_log");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).HasColumnName("seq").ValueGeneratedNever();
            e.Property(x => x.At).HasColumnName("at");
            e.Property(x => x.Actor).HasColumnName("actor").HasMaxLength(200);
            e.Property(x => x.Changes).HasColumnName("changes");
        });
        modelBuilder.Entity<ClientMutationRow>(e =>
        {
            e.ToTable("client_mutations");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasColumnName("key").HasMaxLength(300);
            e.Property(x => x.Sequence).HasColumnName("seq");
            e.Property(x => x.Ids).HasColumnName("ids");
            e.Property(x => x.At).HasColumnName("at");
        });
        modelBuilder.Entity<AuditRow>(e =>
        {
            e.ToTable("audit_log");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").ValueGeneratedOnAdd();
            e.Property(x => x.At).HasColumnName("at");
            e.Property(x => x.Subject).HasColumnName("subject").HasMaxLength(200);
            e.Property(x => x.Roles).HasColumnName("roles").HasMaxLength(100);
            e.Property(x => x.NodeId).HasColumnName("node_id");
            e.Property(x => x.Kind).HasColumnName("kind");
            e.Property(x => x.Fields).HasColumnName("fields");
            e.Property(x => x.Action).HasColumnName("action").HasMaxLength(16);
            e.Property(x => x.Operation).HasColumnName("operation").HasMaxLength(200);
            e.Property(x => x.RequestId).HasColumnName("request_id").HasMaxLength(64);
            e.HasIndex(x => x.NodeId).HasDatabaseName("ix_audit_log_node");
            e.HasIndex(x => x.Subject).HasDatabaseName("ix_audit_log_subject");
        });
        modelBuilder.Entity<WebhookDeliveryRow>(e =>
        {
            e.ToTable("webhook_deliveries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").ValueGeneratedOnAdd();
            e.Property(x => x.WebhookId).HasColumnName("webhook_id");
            e.Property(x => x.Sequence).HasColumnName("seq");
            e.Property(x => x.Event).HasColumnName("event").HasMaxLength(32);
            e.Property(x => x.NodeId).HasColumnName("node_id");
            e.Property(x => x.Attempts).HasColumnName("attempts");
            e.Property(x => x.Status).HasColumnName("status");
            e.Property(x => x.Delivered).HasColumnName("delivered");
            e.Property(x => x.Error).HasColumnName("error").HasMaxLength(300);
            e.Property(x => x.At).HasColumnName("at");
            e.HasIndex(x => x.WebhookId).HasDatabaseName("ix_webhook_deliveries_webhook");
        });
        modelBuilder.Entity<CounterRow>(e =>
        {
            e.ToTable("counters");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasColumnName("name").HasMaxLength(32);
            e.Property(x => x.Next).HasColumnName("next");
            e.HasData(new CounterRow { Name = "node", Next = 1 }, new CounterRow { Name = "link", Next = 1 });
        });
    }
}

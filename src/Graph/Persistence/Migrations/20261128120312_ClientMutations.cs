using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceHub.Graph.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClientMutations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "client_mutations",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    seq = table.Column<long>(type: "INTEGER", nullable: false),
                    ids = table.Column<string>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_mutations", x => x.key);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "client_mutations");
        }
    }
}

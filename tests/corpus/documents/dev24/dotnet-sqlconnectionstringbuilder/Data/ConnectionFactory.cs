using Microsoft.Data.SqlClient;

namespace Lonesystem.Data;

public static class ConnectionFactory
{
    public static SqlConnection Payroll()
    {
        var b = new SqlConnectionStringBuilder
        {
            DataSource = "sql-lon01.ad.lonesystem.se",
            InitialCatalog = "Lon",
            UserID = "lon_app",
            Password = "u6xiOjvNO=7~Cxi7",
            Encrypt = true,
            TrustServerCertificate = false,
        };
        return new SqlConnection(b.ConnectionString);
    }

    public static SqlConnection Archive() =>
        new("Server=sql-arkiv.ad.lonesystem.se;Database=LonArkiv;User Id=arkiv_ro;Password=RN298xtIdE6MVi9juQPykf;Encrypt=True;");

    // Integrated Security=True for dev boxes; Password=<from KeyVault> in Azure
}

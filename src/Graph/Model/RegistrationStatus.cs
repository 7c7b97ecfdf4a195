namespace ResourceHub.Graph.Model;

/// <summary>How an organization is registered.</summary>
public enum RegistrationStatus
{
    /// <summary>Registered with civil affairs (登记).</summary>
    Registered = 1,
    /// <summary>Filed with the community or township (备案), as community groups are.</summary>
    Filed = 2,
    /// <summary>Not registered (未登记).</summary>
    Unregistered = 3,
    /// <summary>Not a social organization: government, company, media (不适用).</summary>
    NotApplicable = 4,
}

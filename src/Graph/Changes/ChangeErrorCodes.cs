namespace ResourceHub.Graph.Changes;

/// <summary>The codes of <see cref="ChangeError"/>; the GraphQL layer uses the same words.</summary>
public static class ChangeErrorCodes
{
    /// <summary>The input breaks a rule.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>A node or link named does not exist.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The version given is not the current one: somebody changed it since it was read.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>A node to be deleted is still needed: areas, nodes or records depend on it.</summary>
    public const string InUse = "IN_USE";

    /// <summary>The author of the change may not make it: it lies outside their scope or role.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>A referral's lifecycle does not allow the step from where it stands (<see cref="Referrals.ReferralMachine"/>).</summary>
    public const string InvalidTransition = "INVALID_TRANSITION";

    /// <summary>The need already has as many helpers under way as it asks for.</summary>
    public const string NeedFilled = "NEED_FILLED";

    /// <summary>A venue is booked, or hosts an activity, at an hour asked for.</summary>
    public const string BookingConflict = "BOOKING_CONFLICT";

    /// <summary>A time-bank entry would take an account below the operator's floor.</summary>
    public const string InsufficientCredits = "INSUFFICIENT_CREDITS";

    /// <summary>A time-bank entry would take a volunteer above the operator's cap on banked credits.</summary>
    public const string CreditCapReached = "CREDIT_CAP_REACHED";

    /// <summary>The author of the change has not signed in.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";
}

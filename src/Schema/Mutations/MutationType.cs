using GraphQL.Types;
using ResourceHub.Schema.Activities;
using ResourceHub.Schema.Areas;
using ResourceHub.Schema.Consents;
using ResourceHub.Schema.Elders;
using ResourceHub.Schema.Needs;
using ResourceHub.Schema.Organizations;
using ResourceHub.Schema.Projects;
using ResourceHub.Schema.Referrals;
using ResourceHub.Schema.Resources;
using ResourceHub.Schema.ServiceRecords;
using ResourceHub.Schema.SocialWorkers;
using ResourceHub.Schema.Volunteers;

namespace ResourceHub.Schema.Mutations;

/// <summary>The root mutation: create, update and delete for every kind; link, unlink and updateLink for every link type.</summary>
public sealed class MutationType : ObjectGraphType
{
    /// <summary>Declares the mutations.</summary>
    public MutationType(MutationRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        Name = "Mutation";
        Description = "Change the network; every mutation is one transaction, all or nothing, and reports its own result: what the caller can fix comes back as userErrors, and a mutation refused to the caller is null with its own error while the others of the document stand (修改网络).";
        Kind<AreaInputs, AreaType>(runner, "area");
        Kind<OrganizationInputs, OrganizationType>(runner, "organization");
        Kind<SocialWorkerInputs, SocialWorkerType>(runner, "socialWorker");
        Kind<VolunteerInputs, VolunteerType>(runner, "volunteer");
        Kind<ResourceInputs, ResourceType>(runner, "resource");
        Kind<ElderInputs, ElderType>(runner, "elder");
        Kind<NeedInputs, NeedType>(runner, "need");
        Kind<ActivityInputs, ActivityType>(runner, "activity");
        Kind<ProjectInputs, ProjectType>(runner, "project");
        Kind<ReferralInputs, ReferralType>(runner, "referral");
        Kind<ServiceRecordInputs, ServiceRecordType>(runner, "serviceRecord");
        Kind<ConsentInputs, ConsentType>(runner, "consent");
        Kind<Webhooks.WebhookInputs, Webhooks.WebhookType>(runner, "webhook");
        this.AddReferralSteps(runner);
        this.AddConsentWithdrawal(runner);
        var bookings = new Bookings.BookingInputs();
        Field<NodePayloadType<Bookings.BookingType>>("bookVenue")
            .Description("Books a venue for a time window, one day or every week between two days, within its opening hours (预订场地). Refused BOOKING_CONFLICT when another booking or an activity hosted there has an hour of it; of two requests for one slot at once, exactly one wins.")
            .Argument<NonNullGraphType<CreateInputType<Bookings.BookingInputs>>>("input", "The booking (预订内容).")
            .ResolveAsync(async c => await runner.CreateAsync(c, bookings));
        Field<NodePayloadType<Bookings.BookingType>>("cancelBooking")
            .Description("Cancels a booking; its slot is free from this commit on (取消预订). A cancelled booking stays cancelled.")
            .Argument<NonNullGraphType<Bookings.CancelBookingInputType>>("input", "The booking, the version read and why (取消内容).")
            .ResolveAsync(async c => await runner.ChangeAsync(c, Graph.Model.NodeKind.Booking, (node, input) => (Graph.Model.Booking)node with
            {
                Status = Graph.Model.BookingStatus.Cancelled,
                CancelReason = (input.Value("reason") as string)?.Trim() is { Length: > 0 } reason ? reason : "已取消",
            }));
        var entries = new TimeBank.TimeBankEntryInputs();
        Field<NodePayloadType<TimeBank.TimeBankEntryType>>("addTimeBankEntry")
            .Description("Adds an entry to the time-bank ledger (时间银行记账): SPEND, TRANSFER or DONATE by the account's holder, ADJUST by staff with a reason, EARN for a service record not yet earned on (hours a volunteer logs earn by themselves). Refused INSUFFICIENT_CREDITS below the floor, CREDIT_CAP_REACHED above a volunteer's cap. The ledger is append-only.")
            .Argument<NonNullGraphType<CreateInputType<TimeBank.TimeBankEntryInputs>>>("input", "The entry (记账内容).")
            .ResolveAsync(async c => await runner.CreateAsync(c, entries));
        this.AddElderErasure(runner);
        Field<LinkPayloadType>("link")
            .Description("Links two nodes with a link of any type; each type joins only the kinds it allows (新建关系).")
            .Argument<NonNullGraphType<LinkInputType>>("input", "The link (关系).")
            .ResolveAsync(async c => await runner.LinkAsync(c));
        Field<DeletePayloadType>("unlink")
            .Description("Removes the link of a type between two nodes (删除关系).")
            .Argument<NonNullGraphType<UnlinkInputType>>("input", "Which link (关系).")
            .ResolveAsync(async c => await runner.UnlinkAsync(c));
        Field<LinkPayloadType>("updateLink")
            .Description("Changes a link's properties (修改关系).")
            .Argument<NonNullGraphType<UpdateLinkInputType>>("input", "The changes (修改).")
            .ResolveAsync(async c => await runner.UpdateLinkAsync(c));
    }

    private void Kind<TInputs, TGraph>(MutationRunner runner, string name) where TInputs : KindInputs, new() where TGraph : IGraphType
    {
        var inputs = new TInputs();
        var pascal = char.ToUpperInvariant(name[0]) + name[1..];
        Field<NodePayloadType<TGraph>>("create" + pascal)
            .Description($"Creates a {inputs.Kind} (新建{inputs.Zh}).")
            .Argument<NonNullGraphType<CreateInputType<TInputs>>>("input", $"The new {inputs.Kind} (新建内容).")
            .ResolveAsync(async c => await runner.CreateAsync(c, inputs));
        Field<NodePayloadType<TGraph>>("update" + pascal)
            .Description($"Changes a {inputs.Kind}; only the fields given change (修改{inputs.Zh}).")
            .Argument<NonNullGraphType<UpdateInputType<TInputs>>>("input", "The changes (修改内容).")
            .ResolveAsync(async c => await runner.UpdateAsync(c, inputs));
        Field<DeletePayloadType>("delete" + pascal)
            .Description($"Deletes a {inputs.Kind} and its links; refused (IN_USE) while records name it or nodes depend on it: areas below it, nodes located in it, needs it has, resources it owns (删除{inputs.Zh}).")
            .Argument<NonNullGraphType<DeleteInputType>>("input", "Which one (删除对象).")
            .ResolveAsync(async c => await runner.DeleteAsync(c, inputs.Kind));
    }
}

using PeeringContracts.Conformance.Oracles;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Target;

/// <summary>
/// Counts every request of a run before it goes out and refuses the one beyond <see cref="RequestLimits"/>: the check
/// that wanted it does not run, and its report entry names the setting that raises the limit. Deletes are counted but
/// always sent, so that what the run created is still cleaned up.
/// </summary>
internal sealed class RequestBudget(RequestLimits limits)
{
    private readonly Lock counting = new();
    private int requests;
    private int creates;

    public void Admit(ApiOperation operation)
    {
        lock (counting)
        {
            if (operation != ApiOperation.Delete)
            {
                if (requests >= limits.MaxRequests)
                {
                    throw Spent(Setting.MaxRequests, $"the run has sent {requests} requests, the most {Setting.MaxRequests} = {limits.MaxRequests} allows");
                }

                if (operation == ApiOperation.Create && creates >= limits.MaxCreates)
                {
                    throw Spent(Setting.MaxCreates, $"the run has created {creates} peerings, the most {Setting.MaxCreates} = {limits.MaxCreates} allows");
                }
            }

            requests++;
            creates += operation == ApiOperation.Create ? 1 : 0;
        }
    }

    private static PrerequisiteMissingException Spent(Setting setting, string why) =>
        new($"{why}; raise {setting} to run the rest.");
}

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>One fault as one provider runs it, with what the provider's options say about it.</summary>
internal sealed record FaultRun(Fault Fault, TimeSpan SlowRejectDelay)
{
    /// <summary>The exception by which the fault fails a request: the error boundary answers it as a JSON 500.</summary>
    public InvalidOperationException Failure(string what) => new($"Fault {Fault.Name}: {what}.");
}

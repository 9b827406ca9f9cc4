using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Settings;

/// <summary>
/// A request the target must refuse with 401, in the form of the run's auth mode: <paramref name="Form"/> says for the
/// evidence how it was sent; <paramref name="Secret"/> is the wrong value it carries, if any (no answer may repeat it).
/// </summary>
public sealed record AuthProbe(string Form, ApiRequest Request, string? Secret)
{
    // The generated ToString would print the wrong secret, which is harmless but looks like a leak in a log.
    public override string ToString() => $"AuthProbe {{ Form = {Form}, Request = {Request} }}";
}

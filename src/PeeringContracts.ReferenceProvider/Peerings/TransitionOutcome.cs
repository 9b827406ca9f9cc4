namespace PeeringContracts.ReferenceProvider.Peerings;

internal enum TransitionOutcome
{
    Done,
    NotFound,
    Forbidden,
    Conflict,
}

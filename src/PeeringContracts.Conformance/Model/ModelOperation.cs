namespace PeeringContracts.Conformance.Model;

/// <summary>The documented operations the model drives ([OTC], [SDK-GO]): create, show, list, accept, reject, update, delete.</summary>
public enum ModelOperation
{
    Create,
    Show,
    List,
    Accept,
    Reject,
    Update,
    Delete,
}

namespace PeeringContracts.Conformance.Settings;

/// <summary>The variables that give one tenant's credentials, and reading them in the run's auth mode.</summary>
public sealed record TenantVariables(string Role, string Token, string AccessKey, string SecretKey, string ProjectId)
{
    public static TenantVariables Accepter { get; } = new("accepting tenant",
        SettingNames.AccepterToken, SettingNames.AccepterAccessKey, SettingNames.AccepterSecretKey, SettingNames.AccepterProjectId);

    public static TenantVariables Requester { get; } = new("requesting tenant",
        SettingNames.RequesterToken, SettingNames.RequesterAccessKey, SettingNames.RequesterSecretKey, SettingNames.RequesterProjectId);

    public static TenantVariables Outsider { get; } = new("outsider tenant",
        SettingNames.OutsiderToken, SettingNames.OutsiderAccessKey, SettingNames.OutsiderSecretKey, SettingNames.OutsiderProjectId);

    /// <summary>The variable that says whether the tenant is given at all: its token, or its access key.</summary>
    public string Named(AuthMode auth) => auth == AuthMode.AkSk ? AccessKey : Token;

    /// <summary>The tenant's credentials, or null when none of its variables is set; a key pair given in part is refused.</summary>
    internal TenantCredentials? Read(SettingReader settings, AuthMode auth)
    {
        if (auth == AuthMode.Token)
        {
            return settings.Text(Token) is { } token ? new TokenCredentials(this, token) : null;
        }

        if (new[] { AccessKey, SecretKey, ProjectId }.All(name => settings.Text(name) is null))
        {
            return null;
        }

        var why = $"the {Role}'s key pair needs {AccessKey}, {SecretKey} and {ProjectId}";
        return new KeyPairCredentials(this, new(settings.Required(AccessKey, why), settings.Required(SecretKey, why), settings.Required(ProjectId, why)));
    }
}

using System.Globalization;

namespace ResourceHub.Schema.People;

/// <summary>How personal data is masked for callers who do not serve the person.</summary>
public static class PersonalData
{
    /// <summary>Keeps the first character (the surname) and masks the rest: 张某兰 → 张**.</summary>
    public static string MaskName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var info = new StringInfo(name.Trim());
        return info.LengthInTextElements == 0 ? "*" : info.SubstringByTextElements(0, 1) + "**";
    }
}

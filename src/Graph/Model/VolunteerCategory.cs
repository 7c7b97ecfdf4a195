namespace ResourceHub.Graph.Model;

/// <summary>Who a volunteer is.</summary>
public enum VolunteerCategory
{
    /// <summary>Younger elder, typically 60-70 (低龄老人).</summary>
    YoungerElder = 1,
    /// <summary>Student (学生).</summary>
    Student = 2,
    /// <summary>Resident (居民).</summary>
    Resident = 3,
    /// <summary>Professional (专业人士).</summary>
    Professional = 4,
}

namespace OutlookIntroAddin.Subjects;

public static class SubjectsServices
{
    public static void AddSubjects(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SubjectAccess>();
        builder.Services.AddSingleton<SubjectErasure>();
    }
}

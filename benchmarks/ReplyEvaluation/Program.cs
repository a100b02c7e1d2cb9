using OutlookIntroAddin.Tests.Replies.Scoring;

// Reads every corpus reply, prints the evaluation and keeps it beside this project as results.md.
var evaluation = CorpusEvaluation.Run();
var report = CorpusReport.Markdown(evaluation);
Console.WriteLine(report);
var path = Path.Combine(CorpusItem.RepositoryRoot(), "benchmarks", "ReplyEvaluation", "results.md");
File.WriteAllText(path, report);
Console.WriteLine($"Written to {path}");

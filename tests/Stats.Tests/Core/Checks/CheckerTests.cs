using Stats.Core.Checks;
using Stats.Core.Checks.Generic;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Text;

namespace Stats.Tests.Core.Checks;

public class CheckerTests
{
    private sealed class Broken : IGenericCheck
    {
        public string Kind => "broken";

        public IEnumerable<Finding> Run(CheckInput input) => throw new InvalidOperationException("this check is broken");
    }

    [Test]
    public void A_check_that_throws_is_recorded_as_an_error_and_the_other_checks_go_on()
    {
        var report = new ReportText("r", "全年完成一般公共预算收入1.00亿元，其中税收收入0.80亿元，非税收入0.30亿元。");
        var checks = CheckedText.GenericChecks.Prepend(new Broken()).ToList();

        var findings = new Checker(report, new Extractor().Extract(report), checks).Check();

        var error = findings.Single(f => f.Kind == "broken");
        Assert.That(error.Status, Is.EqualTo(CheckStatus.Error));
        Assert.That(error.Message, Does.Contain("this check is broken"));
        Assert.That(findings.Single(f => f.Kind == "parts").Status, Is.EqualTo(CheckStatus.Fail));
    }
}

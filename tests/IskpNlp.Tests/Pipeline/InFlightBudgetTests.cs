using IskpNlp.Pipeline;

namespace IskpNlp.Tests.Pipeline;

[TestClass]
public sealed class InFlightBudgetTests
{
    [TestMethod]
    public void Acquire_OverBudget_WaitsForRelease()
    {
        var budget = new InFlightBudget(100);
        budget.Acquire(80, default);
        var second = Task.Run(() => budget.Acquire(50, default));
        Assert.IsFalse(second.Wait(200), "50 more do not fit while 80 are held");
        budget.Release(80);
        Assert.IsTrue(second.Wait(5000));
    }

    [TestMethod]
    public void Acquire_LargerThanBudgetWhenEmpty_GoesThroughAlone()
    {
        var budget = new InFlightBudget(100);
        budget.Acquire(1000, default);
        budget.Release(1000);
    }

    [TestMethod]
    public void Acquire_Cancelled_Throws()
    {
        var budget = new InFlightBudget(10);
        budget.Acquire(10, default);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        Assert.Throws<OperationCanceledException>(() => budget.Acquire(5, cancel.Token));
    }
}

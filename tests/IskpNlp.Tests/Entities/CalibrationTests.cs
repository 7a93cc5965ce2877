using IskpNlp.Entities;

namespace IskpNlp.Tests.Entities;

[TestClass]
public sealed class CalibrationTests
{
    [TestMethod]
    public void Fit_RightMoreOftenAtHigherLogOdds_RisingProbabilities()
    {
        var pairs = new List<(float, bool)>();
        for (int z = 0; z < 20; z++)
        {
            for (int k = 0; k < 10; k++)
            {
                pairs.Add((z, k < z / 2));
            }
        }

        var calibration = Calibration.Fit(pairs);

        Assert.IsTrue(calibration.Slope > 0, calibration.ToString());
        Assert.IsTrue(calibration.Probability(2) < 0.3f, calibration.Probability(2).ToString());
        Assert.IsTrue(calibration.Probability(18) > 0.7f, calibration.Probability(18).ToString());
    }

    [TestMethod]
    public void Fit_OneOutcomeOnly_Identity()
    {
        Assert.AreEqual(Calibration.Identity, Calibration.Fit(Enumerable.Repeat((3f, true), 50).ToList()));
    }

    [TestMethod]
    public void Identity_IsSigmoidOfLogOdds()
    {
        Assert.AreEqual(0.5f, Calibration.Identity.Probability(0), 1e-6f);
        Assert.AreEqual(1 / (1 + MathF.Exp(-2)), Calibration.Identity.Probability(2), 1e-6f);
    }
}

using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Tests.Model;

public sealed class GeoPointTests
{
    [Fact]
    public void DistanceKm_ChangshaToWuhan_IsAbout300Km()
    {
        var changsha = new GeoPoint(28.228, 112.939);
        var wuhan = new GeoPoint(30.593, 114.305);
        Assert.InRange(changsha.DistanceKm(wuhan), 290, 300);
        Assert.Equal(changsha.DistanceKm(wuhan), wuhan.DistanceKm(changsha), 9);
    }

    [Fact]
    public void SurelyFartherThan_RandomPairs_NeverSaysFartherWhenNot()
    {
        // Matching drops a point as "surely beyond the radius" on the latitudes alone: it must never drop one inside it.
        var rng = new Random(11);
        int farther = 0, notSure = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var a = new GeoPoint(-89 + 178 * rng.NextDouble(), -179 + 358 * rng.NextDouble());
            // Mostly near a: within about a degree, where radii of a few to a few hundred km decide.
            var b = new GeoPoint(Math.Clamp(a.Lat + (rng.NextDouble() - 0.5) * 2, -90, 90), Math.Clamp(a.Lon + (rng.NextDouble() - 0.5) * 2, -180, 180));
            var km = Math.Round(rng.NextDouble() * 150, rng.Next(0, 7));
            if (a.SurelyFartherThan(b, km))
            {
                farther++;
                Assert.True(Math.Round(a.DistanceKm(b), 6) > km, $"{a} to {b}: {a.DistanceKm(b)} km, said farther than {km}");
            }
            else notSure++;
        }
        Assert.True(farther > 10_000 && notSure > 10_000, $"{farther} farther, {notSure} not sure: both sides must be tried");
    }

    [Fact]
    public void SurelyFartherThan_SameLatitudeFarApart_IsNotSure() =>
        // Only latitudes are compared: points far apart along a parallel are left to the full distance.
        Assert.False(new GeoPoint(28.2, 112.0).SurelyFartherThan(new GeoPoint(28.2, 113.0), 10));
}

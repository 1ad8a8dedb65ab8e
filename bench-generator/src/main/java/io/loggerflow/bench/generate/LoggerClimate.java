package io.loggerflow.bench.generate;

import java.util.SplittableRandom;

/**
 * The climate one logger sees. Weather systems (the slow signals) are shared by the whole site, since
 * neighbouring masts see the same weather; the local character (mean wind, shear, elevation...) is the logger's.
 *
 * @param weibullScale        Weibull A of the 80 m wind speed, m/s
 * @param weibullShape        Weibull k
 * @param shearExponent       power-law exponent of speed with height
 * @param prevailingDirection deg
 * @param meanTemperature     annual mean at 2 m, deg C
 * @param seasonalAmplitude   half the summer-winter difference, deg C
 * @param diurnalAmplitude    half the afternoon-dawn difference, deg C
 * @param elevationM          ground elevation, m (sets the pressure)
 */
record LoggerClimate(double weibullScale, double weibullShape, double shearExponent, double prevailingDirection,
                     double meanTemperature, double seasonalAmplitude, double diurnalAmplitude, double elevationM,
                     double latitude, double longitude, SlowSignal storminess, SlowSignal directionSwing,
                     SlowSignal warmth) {

    static LoggerClimate of(long seed, int logger) {
        SplittableRandom site = new SplittableRandom(Seeds.derive(seed, 0));
        SlowSignal storminess = new SlowSignal(site, 2.0, 9.0);
        SlowSignal directionSwing = new SlowSignal(site, 1.5, 6.0);
        SlowSignal warmth = new SlowSignal(site, 3.0, 12.0);
        double siteLatitude = 42 + site.nextDouble() * 14;
        double siteLongitude = -5 + site.nextDouble() * 25;
        double sitePrevailing = 200 + site.nextDouble() * 70; // westerlies

        SplittableRandom local = new SplittableRandom(Seeds.derive(seed, 1, logger));
        return new LoggerClimate(
                6.5 + local.nextDouble() * 2.5,
                1.8 + local.nextDouble() * 0.6,
                0.10 + local.nextDouble() * 0.15,
                sitePrevailing + local.nextDouble() * 20 - 10,
                6 + local.nextDouble() * 6,
                7 + local.nextDouble() * 4,
                3 + local.nextDouble() * 3,
                Math.floor(50 + local.nextDouble() * 550),
                siteLatitude + local.nextDouble() * 0.2,
                siteLongitude + local.nextDouble() * 0.2,
                storminess, directionSwing, warmth);
    }

    /** Mean sea-level pressure reduced to the logger's elevation (about 1 hPa per 8.3 m), hPa. */
    double meanPressure() {
        return 1013.25 - elevationM / 8.3;
    }
}

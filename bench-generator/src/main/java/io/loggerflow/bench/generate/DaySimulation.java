package io.loggerflow.bench.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The 144 ten-minute rows of one logger's day, produced one at a time. A row holds four statistics per
 * sensor (see {@link Sensor#slot}); a missing value is NaN.
 * <p>
 * Wind: a Weibull-distributed 80 m speed driven by the site's weather systems, hour-scale and 10-minute
 * fluctuations, a diurnal cycle (stronger by day near the ground, weaker by day aloft) and power-law shear.
 * Direction: prevailing westerlies swung by weather systems, veering with height. Temperature: seasonal,
 * diurnal and weather-driven. Pressure: elevation, weather systems and the semi-diurnal tide. Humidity: follows
 * temperature inversely.
 */
final class DaySimulation {
    private static final double TWO_PI = 2 * Math.PI;
    private static final double MAX_SPEED = 25.0;
    /** Largest direction that still rounds below 360 at two decimals. */
    private static final double MAX_DIRECTION = 359.99;

    private final MastLayout layout;
    private final LoggerClimate climate;
    private final LocalDate date;
    private final double missingFraction;
    private final SplittableRandom random;
    private final double[] values;
    private final double[] shear;
    private final double[] diurnalWeight;
    private final double[] veer;
    private final long epochDay;
    private final double dayOfYear;
    private final AutoRegression hourlyWind;
    private final AutoRegression gusts;
    private final AutoRegression directionNoise;
    private final AutoRegression temperatureNoise;
    private final AutoRegression pressureNoise;
    private final AutoRegression humidityNoise;
    private int row = -1;

    DaySimulation(MastLayout layout, LoggerClimate climate, LocalDate date, double missingFraction, long seed) {
        this.layout = layout;
        this.climate = climate;
        this.date = date;
        this.missingFraction = missingFraction;
        this.random = new SplittableRandom(seed);
        this.values = new double[layout.slots()];
        this.epochDay = date.toEpochDay();
        this.dayOfYear = date.getDayOfYear();
        int sensors = layout.size();
        this.shear = new double[sensors];
        this.diurnalWeight = new double[sensors];
        this.veer = new double[sensors];
        for (Sensor sensor : layout.sensors()) {
            int h = sensor.heightM();
            shear[sensor.index()] = Math.pow(h / 80.0, climate.shearExponent());
            // daytime mixing speeds up the surface layer and slows the flow aloft
            diurnalWeight[sensor.index()] = Math.max(-0.6, Math.min(1.0, (50.0 - h) / 50.0));
            veer[sensor.index()] = 0.06 * (h - 80);
        }
        this.hourlyWind = new AutoRegression(random, 0.97);
        this.gusts = new AutoRegression(random, 0.6);
        this.directionNoise = new AutoRegression(random, 0.9);
        this.temperatureNoise = new AutoRegression(random, 0.95);
        this.pressureNoise = new AutoRegression(random, 0.95);
        this.humidityNoise = new AutoRegression(random, 0.95);
    }

    LocalDate date() {
        return date;
    }

    LoggerClimate climate() {
        return climate;
    }

    /** 0-based index of the current row = its ten-minute interval of the day. */
    int row() {
        return row;
    }

    /** The current row's values by {@link Sensor#slot}; NaN = missing. Overwritten by {@link #next()}. */
    double[] values() {
        return values;
    }

    /** Advances to the next interval; false after the day's last one. */
    boolean next() {
        if (row + 1 >= TenMinuteDay.ROWS) {
            return false;
        }
        row++;
        double hour = (row + 0.5) * TenMinuteDay.INTERVAL_MINUTES / 60.0;
        double epochDays = epochDay + hour / 24;
        double storm = climate.storminess().at(epochDays);
        double afternoon = Math.cos(TWO_PI * (hour - 14) / 24); // +1 at 14:00, -1 at 02:00

        double speed80 = weibullQuantile(storm) * Math.exp(0.18 * hourlyWind.next(random) + 0.06 * gusts.next(random));
        double direction = climate.prevailingDirection() + 60 * climate.directionSwing().at(epochDays)
                + 6 * directionNoise.next(random);
        double seasonal = -climate.seasonalAmplitude() * Math.cos(TWO_PI * (dayOfYear - 20 + hour / 24) / 365.2422);
        double dailyWarmth = Math.cos(TWO_PI * (hour - 15) / 24);
        double temperature = climate.meanTemperature() + seasonal + climate.diurnalAmplitude() * dailyWarmth
                + 2.5 * climate.warmth().at(epochDays) + 0.3 * temperatureNoise.next(random);
        double pressure = climate.meanPressure() - 10 * storm + 0.6 * Math.cos(TWO_PI * (hour - 10) / 12)
                + 0.15 * pressureNoise.next(random);
        double humidity = 76 - 14 * dailyWarmth + 5 * storm - 4 * climate.warmth().at(epochDays)
                + 2.5 * humidityNoise.next(random);

        for (Sensor sensor : layout.sensors()) {
            int i = sensor.index();
            switch (sensor.kind()) {
                case ANEMOMETER -> windSpeed(sensor, speed80 * shear[i] * (1 + 0.12 * diurnalWeight[i] * afternoon));
                case VANE -> windDirection(sensor, direction + veer[i], speed80);
                case THERMOMETER -> {
                    double sd = 0.04 + 0.12 * Math.max(0, dailyWarmth) + 0.05 * random.nextDouble();
                    statistics(sensor, temperature, sd, -60, 60);
                }
                case BAROMETER -> statistics(sensor, pressure, 0.02 + 0.02 * Math.abs(storm) + 0.04 * random.nextDouble(),
                        500, 1100);
                case HYGROMETER -> statistics(sensor, clamp(humidity, 8, 100), 0.2 + 0.8 * random.nextDouble(), 0, 100);
            }
        }
        if (missingFraction > 0) {
            for (int slot = 0; slot < values.length; slot++) {
                if (random.nextDouble() < missingFraction) {
                    values[slot] = Double.NaN;
                }
            }
        }
        return true;
    }

    /** Maps the unit-variance weather signal onto the logger's Weibull distribution of the 80 m speed. */
    private double weibullQuantile(double storm) {
        double p = clamp(1 / (1 + Math.exp(-1.7 * storm)), 0.001, 0.999);
        return climate.weibullScale() * Math.pow(-Math.log1p(-p), 1 / climate.weibullShape());
    }

    private void windSpeed(Sensor sensor, double mean) {
        double speed = clamp(mean * (1 + 0.015 * random.nextGaussian()), 0, MAX_SPEED);
        double turbulenceIntensity = 0.06 + 0.6 / (speed + 3); // relatively gustier in light winds
        double sd = 0.02 + speed * turbulenceIntensity * (0.8 + 0.4 * random.nextDouble());
        double max = speed + sd * (2.4 + 1.2 * random.nextDouble());
        double min = Math.max(0, speed - sd * (2.0 + 0.8 * random.nextDouble()));
        put(sensor, speed, sd, min, max);
    }

    private void windDirection(Sensor sensor, double degrees, double speed80) {
        double direction = Math.min(((degrees + 2 * random.nextGaussian()) % 360 + 360) % 360, MAX_DIRECTION);
        double sd = (4 + 25 / (1 + speed80)) * (0.8 + 0.4 * random.nextDouble()); // a vane wanders in light winds
        statistics(sensor, direction, sd, 0, MAX_DIRECTION);
    }

    /** Min and max a few standard deviations around the mean, kept within the quantity's bounds. */
    private void statistics(Sensor sensor, double mean, double sd, double lowest, double highest) {
        double min = Math.max(lowest, mean - sd * (2.0 + random.nextDouble()));
        double max = Math.min(highest, mean + sd * (2.0 + random.nextDouble()));
        put(sensor, mean, sd, min, max);
    }

    private void put(Sensor sensor, double avg, double sd, double min, double max) {
        int base = sensor.slot(Statistic.AVG);
        values[base + Statistic.AVG.ordinal()] = avg;
        values[base + Statistic.SD.ordinal()] = sd;
        values[base + Statistic.MIN.ordinal()] = min;
        values[base + Statistic.MAX.ordinal()] = max;
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}

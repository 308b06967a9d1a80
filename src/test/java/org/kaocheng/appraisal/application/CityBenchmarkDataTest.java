package org.kaocheng.appraisal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark generator's scale: a city at 1, proportional below, never an empty kind of record. */
class CityBenchmarkDataTest {

    @Test
    void scaleOneIsACity() {
        CityBenchmarkData.Sizes city = CityBenchmarkData.Sizes.of(1);
        assertEquals(new CityBenchmarkData.Sizes(1_000, 20_000, 1_000_000, 20_000, 5_000, 40, 400), city);
        // documents plus ~3.5 % interpretations make up the million items
        assertEquals(966_184, city.documents());
    }

    @Test
    void smallScalesShrinkProportionallyButKeepEveryKindOfRecord() {
        assertEquals(new CityBenchmarkData.Sizes(10, 200, 10_000, 200, 50, 40, 4), CityBenchmarkData.Sizes.of(0.01));
        CityBenchmarkData.Sizes tiny = CityBenchmarkData.Sizes.of(0.0001);
        assertEquals(10, tiny.units(), "enough units for each of the three ranking groups");
        assertTrue(tiny.staff() >= tiny.units(), "every unit gets its designated officer");
        assertEquals(4, tiny.sessions(), "two distinct sessions per person need at least 2");
        assertTrue(tiny.documents() >= 1);
    }

    @Test
    void refusesAScaleOutsideTheSupportedRange() {
        assertThrows(IllegalArgumentException.class, () -> CityBenchmarkData.Sizes.of(0));
        assertThrows(IllegalArgumentException.class, () -> CityBenchmarkData.Sizes.of(-1));
        assertThrows(IllegalArgumentException.class, () -> CityBenchmarkData.Sizes.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CityBenchmarkData.Sizes.of(21));
    }
}

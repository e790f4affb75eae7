/*
 * Copyright 2026 the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.associations.benchmarks;

import java.util.List;

/**
 * What one benchmark measured: rows of figures against their targets, the ratios the
 * chart shows together, and figures that need a scale of their own.
 *
 * @param title the benchmark's title
 * @param setup how it was run, in a sentence or two
 * @param rows the figures
 * @param bars the ratios to chart against their targets, on the chart's shared 0 to 1.2
 * scale
 * @param panels figures charted on a scale of their own, below the ratios
 */
record BenchmarkResult(String title, String setup, List<Row> rows, List<Bar> bars, List<Panel> panels) {

    BenchmarkResult(String title, String setup, List<Row> rows, List<Bar> bars) {
        this(title, setup, rows, bars, List.of());
    }

    boolean met() {
        return this.rows.stream().allMatch(Row::met);
    }

    /**
     * One figure.
     *
     * @param figure what was measured
     * @param value the measured value, formatted
     * @param target the target, formatted
     * @param met whether the target is met
     */
    record Row(String figure, String value, String target, boolean met) {

    }

    /**
     * A measured value and its target, for the chart.
     *
     * @param label the bar's label
     * @param value the measured value
     * @param target the target, drawn as a line across the bar
     */
    record Bar(String label, double value, double target) {

    }

    /**
     * Bars on a scale of their own, such as megabytes, whose targets are ceilings.
     *
     * @param title the panel's title
     * @param scaleMax the value at the right end of the axis
     * @param tickStep the distance between the axis's ticks
     * @param unit the unit written after each value
     * @param bars the bars; each is within its target when at or below it
     */
    record Panel(String title, double scaleMax, double tickStep, String unit, List<Bar> bars) {

    }

}
